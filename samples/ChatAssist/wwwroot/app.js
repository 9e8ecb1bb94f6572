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
      // Clicking applies a fix that is safe or a template; a suggestion is only ever shown, for the agent to adapt.
      const withFix = covering.find(d => d.fixes.some(applicable));
      const fix = withFix && withFix.fixes.find(applicable);
      mark.title = covering.map(describe).join('\n') + (fix ? '\nClick to fix: ' + fix.title : '');
      if (fix) {
        mark.addEventListener('mousedown', e => e.preventDefault()); // keep the caret in the reply
        mark.addEventListener('click', () => applyFix(fix));
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
        if (fix.applicability === 'suggestion') {
          li.appendChild(suggestionOf(text, d, fix));
          return;
        }
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'fix ' + fix.applicability;
        button.dataset.applicability = fix.applicability;
        button.textContent = fix.applicability === 'needs-input' ? fix.title + ' (fill in)' : fix.title;
        button.addEventListener('click', () => applyFix(fix));
        li.appendChild(button);
      });
      return li;
    });
    findings.replaceChildren(...items);
  }

  function applicable(fix) { return fix.applicability !== 'suggestion'; }

  // A suggestion is the finding's sentence as the fix would rewrite it, shown as text with a button to copy it.
  function suggestionOf(text, d, fix) {
    const edits = fix.edits.slice().sort((a, b) => a.start - b.start);
    let from = Math.min(d.start, edits[0].start);
    let to = Math.max(d.start + d.length, ...edits.map(e => e.start + e.length));
    while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
    while (to < text.length && !/[.!?\n]/.test(text[to])) to++;
    if (to < text.length && text[to] !== '\n') to++;
    let rewritten = '', position = from;
    edits.forEach(edit => {
      rewritten += text.slice(position, edit.start) + edit.newText;
      position = edit.start + edit.length;
    });
    rewritten = (rewritten + text.slice(position, to)).trim();
    const box = document.createElement('div');
    box.className = 'suggestion';
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = fix.title + ' (suggestion): ';
    const words = document.createElement('q');
    words.textContent = rewritten;
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'copy';
    copy.textContent = 'Copy';
    copy.addEventListener('click', () => {
      if (navigator.clipboard) navigator.clipboard.writeText(rewritten).catch(() => {});
      copy.textContent = 'Copied';
    });
    box.append(label, words, copy);
    return box;
  }

  // Edits point into the text that was analysed; apply them only to that text, from the end backwards. After a
  // template, its first placeholder is selected so the agent can type over it.
  function applyFix(fix) {
    if (!shown || reply.value !== shown.text) { analyze(); return; }
    const ascending = fix.edits.slice().sort((a, b) => a.start - b.start);
    let placeholder = null, shift = 0;
    ascending.forEach(edit => {
      if (!placeholder && edit.placeholders && edit.placeholders.length > 0) {
        const first = edit.placeholders[0];
        placeholder = { start: edit.start + shift + first.start, end: edit.start + shift + first.start + first.length };
      }
      shift += edit.newText.length - edit.length;
    });
    let caret = reply.selectionStart;
    ascending.slice().reverse().forEach(edit => {
      reply.setRangeText(edit.newText, edit.start, edit.start + edit.length, 'preserve');
      if (caret > edit.start) caret = Math.max(edit.start, caret + edit.newText.length - edit.length);
    });
    reply.focus();
    if (placeholder) reply.setSelectionRange(placeholder.start, placeholder.end);
    else reply.setSelectionRange(caret, caret);
    analyze();
  }

  reply.addEventListener('input', schedule);
  customer.addEventListener('input', schedule);
  reply.addEventListener('scroll', () => { marks.scrollTop = reply.scrollTop; });
  analyze();
})();
