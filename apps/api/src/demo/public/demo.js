// The demo chat: one triage at a time against this API, as the app would run it.
'use strict';

(() => {
  const TRIAGE = '/api/v2/triage';
  const COMPLEXITY = { low: 'baixa', medium: 'média', high: 'alta' };
  const STRATEGY = { simple: 'simples', failover: 'failover (segunda análise)', ensemble: 'ensemble (duas análises reconciliadas)' };
  const OFFLINE = 'Não foi possível falar com o servidor. Verifique a conexão e tente de novo.';

  const $ = (id) => document.getElementById(id);
  const ui = {
    log: $('log'), typing: $('typing'), result: $('result'), composer: $('composer'), message: $('message'), send: $('send'),
    restart: $('restart'), tokenInfo: $('token-info'), tokenPanel: $('token-panel'), tokenForm: $('token-form'), tokenInput: $('token-input'),
  };
  let token = null;
  let caseId = null;

  /** The error body's `detail` is the sentence meant for the person. */
  class ApiError extends Error {
    constructor(status, body) {
      super(body.detail || body.message || `Erro ${status}`);
      this.status = status;
    }
  }

  async function call(method, path, body) {
    let response;
    try {
      response = await fetch(path, {
        method,
        headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body && { 'content-type': 'application/json' }) },
        body: body && JSON.stringify(body),
      });
    } catch {
      throw new Error(OFFLINE);
    }
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
  }

  /** `ready` (waiting for the person), `waiting` (for the API), `done` (result shown) or `error`. */
  function setState(state) {
    document.body.dataset.state = state;
    ui.typing.hidden = state !== 'waiting';
    ui.message.disabled = ui.send.disabled = state !== 'ready';
    ui.message.placeholder = state === 'done' ? 'Triagem concluída. Use "Nova triagem" para começar outra.' : 'Escreva sua mensagem…';
    if (state === 'ready') ui.message.focus();
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function say(kind, text) {
    const item = element('li', undefined, `msg ${kind}`);
    item.append(element('span', { assistant: 'Justus', user: 'Você', error: 'Atenção' }[kind], 'who'), text);
    ui.log.append(item);
    item.scrollIntoView({ block: 'end', behavior: 'smooth' });
    return item;
  }

  function showError(error) {
    say('error', error.message);
    if (error.status === 401) ui.tokenPanel.open = true;
  }

  function hours(h) {
    if (h < 48) return `${h} horas`;
    return `${h} horas (cerca de ${Math.round(h / 24)} dias)`;
  }

  function showResult(result) {
    const data = result.triage_data;
    const { parties = [], dates = [], amounts = [], locations = [] } = data.entities || {};
    const card = ui.result;
    card.replaceChildren(element('h2', 'Resultado da triagem'), element('p', data.area, 'area'), element('p', data.subarea || '—', 'subarea'));
    card.querySelector('.area').dataset.testid = 'result-area';
    const facts = element('dl');
    const row = (label, value) => facts.append(element('dt', label), element('dd', value));
    row('Complexidade', COMPLEXITY[result.complexity_level] || result.complexity_level);
    row('Estratégia', STRATEGY[result.strategy_used] || result.strategy_used);
    row('Urgência', `agir em até ${hours(data.urgency_h)}`);
    row('Partes', parties.join(', ') || '—');
    row('Datas', dates.join(', ') || '—');
    row('Valores', amounts.join(', ') || '—');
    row('Locais', locations.join(', ') || '—');
    card.append(facts);
    const steps = (data.analysis && data.analysis.next_steps) || [];
    if (steps.length > 0) {
      const list = element('ol');
      for (const step of steps) list.append(element('li', step));
      card.append(element('h3', 'Próximos passos'), list);
    }
    card.hidden = false;
    card.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  async function startTriage() {
    ui.log.replaceChildren();
    ui.result.hidden = true;
    caseId = null;
    setState('waiting');
    try {
      const started = await call('POST', `${TRIAGE}/start`, {});
      caseId = started.case_id;
      say('assistant', started.message);
      setState('ready');
    } catch (error) {
      showError(error);
      setState('error');
    }
  }

  async function send(text) {
    const mine = say('user', text);
    ui.message.value = '';
    setState('waiting');
    try {
      const turn = await call('POST', `${TRIAGE}/continue`, { case_id: caseId, message: text });
      say('assistant', turn.message);
      if (turn.status === 'completed' && turn.result) {
        showResult(turn.result);
        setState('done');
      } else {
        setState('ready');
      }
    } catch (error) {
      // The turn was not taken: give the text back so it can be sent again.
      mine.remove();
      ui.message.value = text;
      showError(error);
      setState(error.status === 409 ? 'done' : 'ready');
    }
  }

  async function devToken() {
    try {
      const issued = await call('POST', '/api/dev/token');
      token = issued.token;
      ui.tokenInfo.textContent = `Usuário de teste ${issued.user_id}, token válido por ${Math.round(issued.expires_in / 60)} min.`;
      return true;
    } catch (error) {
      ui.tokenInfo.textContent = `Sem token de desenvolvimento: ${error.message}`;
      ui.tokenPanel.open = true;
      setState('error');
      return false;
    }
  }

  ui.composer.addEventListener('submit', (event) => {
    event.preventDefault();
    if (ui.message.value.length > 0 && document.body.dataset.state === 'ready') send(ui.message.value);
  });
  ui.message.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      ui.composer.requestSubmit();
    }
  });
  ui.restart.addEventListener('click', () => token && startTriage());
  ui.tokenForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const pasted = ui.tokenInput.value.trim().replace(/^Bearer\s+/i, '');
    if (!pasted) return;
    token = pasted;
    ui.tokenInfo.textContent = 'Usando o token colado.';
    ui.tokenPanel.open = false;
    startTriage();
  });

  devToken().then((ok) => ok && startTriage());
})();
