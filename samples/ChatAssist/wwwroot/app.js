// ChatAssist: asks POST /api/analyze while the agent types and shows the findings in place.
// Everything shown comes from the agent, the customer or the server, so it is put on the page with
// textContent and createElement only, never innerHTML: a reply containing <script> is shown as text.
(function () {
  'use strict';

  const DEBOUNCE_MS = 250;
  const reply = document.getElementById('reply');
  const customer = document.getElementById('customer');
  const editor = document.getElementById('editor');
  const marks = document.getElementById('marks');
  const meter = document.getElementById('score');
  const scoreText = document.getElementById('score-text');
  const band = document.getElementById('band');
  const error = document.getElementById('error');
  const findings = document.getElementById('findings');

  let timer = 0;
  let inFlight = null;
  let shown = null; // { text, result }: the analysis currently drawn, for the text it was made for

  // A link can prefill the page: /?customer=...&reply=... (used for the README screenshot).
  const params = new URLSearchParams(location.search);
  if (params.has('customer')) customer.value = params.get('customer');
  if (params.has('reply')) reply.value = params.get('reply');

  function schedule() {
    editor.dataset.state = 'pending';
    clearTimeout(timer);
    timer = setTimeout(analyze, DEBOUNCE_MS);
  }

  async function analyze() {
    clearTimeout(timer);
    const text = reply.value;
    const customerMessage = customer.value;
    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    editor.dataset.state = 'pending';
    try {
      const response = await fetch('api/analyze', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, customerMessage }),
        signal: controller.signal,
      });
      const body = await response.json();
      if (controller !== inFlight || text !== reply.value) return; // the agent kept typing: a newer call follows
      if (!response.ok) {
        showError(body && body.detail ? body.detail : 'The reply could not be checked (' + response.status + ').');
        return;
      }
      error.textContent = '';
      shown = { text, result: body };
      draw();
      editor.dataset.state = 'ready';
    } catch (e) {
      if (e.name === 'AbortError') return;
      showError('The reply could not be checked: ' + e.message);
    } finally {
      if (inFlight === controller) inFlight = null;
    }
  }

  function showError(message) {
    error.textContent = message;
    editor.dataset.state = 'error';
  }

  function draw() {
    const { text, result } = shown;
    meter.value = result.score;
    scoreText.textContent = result.score + ' / 100';
    scoreText.dataset.score = String(result.score);
    band.textContent = result.band.replace('-', ' ');
    drawMarks(text, result.diagnostics);
    drawFindings(text, result.diagnostics);
  }

  const severityRank = { info: 1, warning: 2, error: 3 };

  function describe(d) {
    return d.severity + ' ' + d.id + ' (' + d.category + '): ' + d.message;
  }

  // Splits the text at every span boundary; a piece covered by findings becomes a <mark>.
  function drawMarks(text, diagnostics) {
    const spans = diagnostics.filter(d => d.length > 0 && d.start + d.length <= text.length);
    const bounds = new Set([0, text.length]);
    spans.forEach(d => { bounds.add(d.start); bounds.add(d.start + d.length); });
    const points = Array.from(bounds).sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = spans.filter(d => d.start <= from && d.start + d.length >= to);
      if (covering.length === 0) {
        fragment.appendChild(document.createTextNode(piece));
        continue;
      }
      covering.sort((a, b) => severityRank[b.severity] - severityRank[a.severity]);
      const mark = document.createElement('mark');
      mark.className = covering[0].severity;
      mark.dataset.id = covering[0].id;
      mark.textContent = piece;
      const withFix = covering.find(d => d.fixes.length > 0);
      mark.title = covering.map(describe).join('\n') + (withFix ? '\nClick to fix: ' + withFix.fixes[0].title : '');
      if (withFix) {
        mark.addEventListener('mousedown', e => e.preventDefault()); // keep the caret in the reply
        mark.addEventListener('click', () => applyFix(withFix.fixes[0]));
      } else {
        mark.addEventListener('click', () => { reply.focus(); reply.setSelectionRange(from, to); });
      }
      fragment.appendChild(mark);
    }
    // A trailing newline needs a character after it to take up its line, as it does in the textarea.
    if (text.endsWith('\n')) fragment.appendChild(document.createTextNode(' '));
    marks.replaceChildren(fragment);
    marks.scrollTop = reply.scrollTop;
  }

  function drawFindings(text, diagnostics) {
    const items = diagnostics.map(d => {
      const li = document.createElement('li');
      li.className = d.severity;
      li.title = d.title;
      const rule = document.createElement('div');
      rule.className = 'rule';
      rule.textContent = d.severity + ' · ' + d.id + ' · ' + d.category;
      li.appendChild(rule);
      if (d.length > 0) {
        const quote = document.createElement('div');
        quote.className = 'quote';
        quote.textContent = '“' + text.slice(d.start, d.start + d.length) + '”';
        li.appendChild(quote);
      }
      const message = document.createElement('div');
      message.className = 'message';
      message.textContent = d.message;
      li.appendChild(message);
      d.fixes.forEach(fix => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'fix';
        button.textContent = fix.title;
        button.addEventListener('click', () => applyFix(fix));
        li.appendChild(button);
      });
      return li;
    });
    findings.replaceChildren(...items);
  }

  // Edits point into the text that was analysed; apply them only to that text, from the end backwards.
  function applyFix(fix) {
    if (!shown || reply.value !== shown.text) { analyze(); return; }
    const edits = fix.edits.slice().sort((a, b) => b.start - a.start);
    let caret = reply.selectionStart;
    edits.forEach(edit => {
      reply.setRangeText(edit.newText, edit.start, edit.start + edit.length, 'preserve');
      if (caret > edit.start) caret = Math.max(edit.start, caret + edit.newText.length - edit.length);
    });
    reply.focus();
    reply.setSelectionRange(caret, caret);
    analyze();
  }

  reply.addEventListener('input', schedule);
  customer.addEventListener('input', schedule);
  reply.addEventListener('scroll', () => { marks.scrollTop = reply.scrollTop; });
  analyze();
})();
