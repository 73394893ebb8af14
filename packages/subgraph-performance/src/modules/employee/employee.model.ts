/**
 * The Employee stub this subgraph extends. Personnel owns employees; here an employee is only
 * its key, and `trainingHours` / `trainingRecords` are resolved from this subgraph's own tables.
 */
export interface EmployeeRef {
  id: string;
}
