// Demo only. A real portal gives the widget its endpoint and a token from its own SSO session; this
// script gets both from the demo launcher instead:
//   GET  /demo/config.json  → { endpoint }
//   GET  /demo/personas     → [{ key, nip, name, roles, label, opd? }]
//   POST /demo/token {key}  → { token, expiresAt }

const leaveForm = document.querySelector('asn-leave-form');
const balance = document.querySelector('asn-leave-balance');
const inbox = document.querySelector('asn-leave-inbox');
const permit = document.querySelector('asn-leave-permit');
const appraisal = document.querySelector('asn-appraisal-card');
const raterCard = document.querySelector('#rater-card');
/** Every ASN Kit element on the page gets the same endpoint and token provider. */
const widgets = [leaveForm, balance, inbox, permit, appraisal, raterCard];

/** Gives every widget the token provider (undefined: signed out). */
function signIn(provider) {
  for (const widget of widgets) widget.tokenProvider = provider;
}
const picker = document.querySelector('#persona');
const status = document.querySelector('#persona-status');
const notice = document.querySelector('#portal-notice');

/** Fetches JSON from the launcher, throwing on HTTP errors. */
async function getJson(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** A token provider for one persona: asks the launcher again when the token is about to expire. */
function tokenProviderFor(key) {
  let current;
  return async () => {
    const expiresSoon = !current || Date.parse(current.expiresAt) - Date.now() < 30_000;
    if (expiresSoon) {
      current = await getJson('/demo/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key }),
      });
    }
    return current.token;
  };
}

async function choosePersona(personas) {
  const persona = personas.find((candidate) => candidate.key === picker.value);
  if (!persona) {
    signIn(undefined);
    status.textContent = 'Belum masuk: formulir akan ditolak server.';
    return;
  }
  const provider = tokenProviderFor(persona.key);
  try {
    await provider(); // fetch the first token now, so a failure shows here
    signIn(provider);
    status.textContent = `Masuk sebagai ${persona.name} (NIP ${persona.nip}), ${persona.label}.`;
  } catch (error) {
    signIn(undefined);
    status.textContent = `Gagal masuk sebagai ${persona.name}: ${error.message}`;
  }
}

async function start() {
  try {
    const [config, personas] = await Promise.all([getJson('/demo/config.json'), getJson('/demo/personas')]);
    for (const widget of widgets) widget.endpoint = config.endpoint;
    picker.replaceChildren(
      new Option('— pilih pegawai —', ''),
      ...personas.map((persona) => new Option(`${persona.name} — ${persona.label}`, persona.key)),
    );
    picker.disabled = false;
    picker.addEventListener('change', () => choosePersona(personas));
    status.textContent = 'Belum masuk: pilih pegawai contoh di atas.';
  } catch (error) {
    picker.replaceChildren(new Option('Daftar pegawai tidak tersedia', ''));
    status.textContent = `Launcher demo tidak menjawab (${error.message}).`;
  }
}

// The portal's language buttons: the widget follows <html lang> live.
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const other of document.querySelectorAll('[data-lang]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

// The widget's events reach the page (they bubble and cross the shadow root).
leaveForm.addEventListener('asn-leave-submitted', (event) => {
  notice.hidden = false;
  notice.textContent = `Portal: permintaan cuti nomor ${event.detail.id} tercatat.`;
});
// A submission or a decision changes the balance and the inbox: reload them.
document.addEventListener('asn-leave-submitted', () => balance.reload?.());
document.addEventListener('asn-leave-decided', (event) => {
  balance.reload?.();
  // The PYBMC's approval makes the surat izin cuti: show it, ready to print.
  if (event.detail.status === 'APPROVED' || event.detail.status === 'CHANGED') {
    permit.requestId = event.detail.id;
    document.querySelector('#permit-section').hidden = false;
  }
});
leaveForm.addEventListener('asn-leave-error', (event) => {
  console.info('asn-leave-error', event.detail.errors);
});

start();
