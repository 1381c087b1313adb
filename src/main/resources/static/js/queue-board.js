/*
 * The waiting-room board (decisions 0410–0412): a snapshot on (re)connect, then live calls over server-sent events.
 * A call is identified by ticket id and call time, so a replayed or re-read call is never shown or announced twice.
 * EventSource reconnects by itself after a dropped stream (with Last-Event-ID); when it gives up (an error status),
 * the board opens a new one with backoff and passes the last id as a parameter. Announcements: a chime, then the
 * Web Speech API in the board's language (a Vietnamese voice when there is one).
 */
(function () {
  'use strict';
  var root = document.getElementById('board');
  if (!root) { return; }
  var d = root.dataset;
  var counters = {};        // counter -> call
  var recent = [];          // newest first, one entry per ticket
  var seen = {};            // "ticketId@at" -> true
  var lastId = null;
  var source = null;
  var backoff = 1000;
  var loaded = false;
  var soundOn = false;
  var RECENT = 8;

  function norm(c) { c.t = Date.parse(c.at); return c; }   // instants differ in printed precision: compare millis
  function key(c) { return c.ticketId + '@' + c.t; }
  function newestFirst(a, b) { return b.t - a.t; }
  function fmt(pattern, args) { return pattern.replace(/\{(\d)\}/g, function (m, i) { return args[+i]; }); }

  function spell(code) {
    // "A012" -> "a không một hai": the letter by name, then digit by digit, as printed (decision 0411)
    var letters = d.letters.split(','), digits = d.digits.split(','), out = [];
    for (var i = 0; i < code.length; i++) {
      var ch = code.charAt(i);
      if (ch >= '0' && ch <= '9') { out.push(digits[+ch]); }
      else if (ch >= 'A' && ch <= 'Z') { out.push(letters[ch.charCodeAt(0) - 65] || ch); }
      else { out.push(ch); }
    }
    return out.join(' ');
  }

  var audio = null;
  function chime() {
    try {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      if (!Ctx) { return; }
      audio = audio || new Ctx();
      [659.25, 523.25].forEach(function (f, i) {
        var o = audio.createOscillator(), g = audio.createGain(), t = audio.currentTime + i * 0.45;
        o.type = 'sine'; o.frequency.value = f;
        g.gain.setValueAtTime(0.0001, t); g.gain.exponentialRampToValueAtTime(0.4, t + 0.03);
        g.gain.exponentialRampToValueAtTime(0.0001, t + 0.9);
        o.connect(g); g.connect(audio.destination); o.start(t); o.stop(t + 1);
      });
    } catch (e) { /* no audio on this device */ }
  }

  function voice(lang) {
    var voices = window.speechSynthesis.getVoices(), l = lang.toLowerCase(), p = l.slice(0, 2);
    return voices.filter(function (v) { return v.lang.replace('_', '-').toLowerCase() === l; })[0]
        || voices.filter(function (v) { return v.lang.toLowerCase().indexOf(p) === 0; })[0] || null;
  }

  function announce(call) {
    var shown = fmt(d.announce, [call.code, call.counter]);
    var region = document.getElementById('announcement');
    region.textContent = shown;
    root.dataset.lastAnnouncement = fmt(d.announce, [spell(call.code), call.counter]);
    chime();
    if (!soundOn || !('speechSynthesis' in window)) { return; }
    var v = voice(d.speechLang);
    if (!v && window.speechSynthesis.getVoices().length === 0) { return; }   // no voice at all: the chime only
    var u = new SpeechSynthesisUtterance(root.dataset.lastAnnouncement);
    u.lang = d.speechLang; u.rate = 0.9;
    if (v) { u.voice = v; }
    setTimeout(function () { window.speechSynthesis.speak(u); }, 900);
  }

  function li(cls, cells) {
    var el = document.createElement('li');
    if (cls) { el.className = cls; }
    cells.forEach(function (c) { var s = document.createElement('span'); s.textContent = c[0]; if (c[1]) { s.className = c[1]; } el.appendChild(s); });
    return el;
  }

  function render() {
    var calls = Object.keys(counters).map(function (k) { return counters[k]; })
        .sort(newestFirst);
    var list = document.getElementById('calls');
    list.replaceChildren.apply(list, calls.map(function (c, i) {
      var el = li(i === 0 ? 'newest' : '', [[c.code, 'code'], [c.counter, 'counter']]);
      el.dataset.ticket = c.ticketId; el.dataset.counter = c.counter;
      el.setAttribute('aria-label', fmt(d.announce, [c.code, c.counter]));
      return el;
    }));
    document.getElementById('no-calls').hidden = calls.length > 0;
    var r = document.getElementById('recent');
    r.replaceChildren.apply(r, recent.slice(0, RECENT).map(function (c) {
      var el = li('', [[c.code + ' → ' + d.counter + ' ' + c.counter]]);
      el.dataset.ticket = c.ticketId;
      return el;
    }));
  }

  function renderLines(lines) {
    var ul = document.getElementById('lines');
    ul.replaceChildren.apply(ul, lines.map(function (l) {
      var name = d.lang === 'en' ? l.nameEn : d.lang === 'id' ? l.nameId : l.nameVi;
      var count = fmt(d.waiting, [l.waiting]) + (l.estimatedMinutes != null && l.waiting > 0 ? ' · ' + fmt(d.estimate, [l.estimatedMinutes]) : '');
      var el = li('', [[l.prefix + ' – ' + name], [count, 'count']]);
      el.dataset.line = l.id; el.dataset.waiting = l.waiting;
      return el;
    }));
  }

  function call(c, fresh) {
    if (seen[key(c)]) { return false; }
    seen[key(c)] = true;
    var current = counters[c.counter];
    if (!current || current.t <= c.t) { counters[c.counter] = c; }
    recent = recent.filter(function (x) { return x.ticketId !== c.ticketId; });
    recent.unshift(c);
    recent.sort(newestFirst);
    recent = recent.slice(0, 50);
    if (fresh) { announce(c); }
    return true;
  }

  function snapshot(s) {
    var serverNow = Date.parse(s.serverTime), news = [], all = s.recent.concat(s.calls).map(norm);
    counters = {};
    recent = [];
    all.forEach(function (c) {
      if (!seen[key(c)]) {
        seen[key(c)] = true;
        // a call made while the board was away: announce it if it is recent (never on the first load)
        if (loaded && serverNow - c.t < 120000 && !news.some(function (n) { return key(n) === key(c); })) { news.push(c); }
      }
      if (!counters[c.counter] || counters[c.counter].t < c.t) { counters[c.counter] = c; }
      var i = recent.findIndex(function (x) { return x.ticketId === c.ticketId; });
      if (i < 0) { recent.push(c); } else if (recent[i].t < c.t) { recent[i] = c; }
    });
    recent.sort(newestFirst);
    news.sort(function (a, b) { return a.t - b.t; }).forEach(announce);
    renderLines(s.lines);
    render();
    loaded = true;
  }

  function connected() {
    backoff = 1000;
    document.getElementById('reconnecting').hidden = true;
    root.dataset.state = 'open';
  }

  function connect() {
    var url = d.events + (lastId ? (d.events.indexOf('?') < 0 ? '?' : '&') + 'lastEventId=' + encodeURIComponent(lastId) : '');
    source = new EventSource(url);
    source.onopen = connected;
    source.addEventListener('snapshot', function (e) { lastId = e.lastEventId; connected(); snapshot(JSON.parse(e.data)); });
    ['called', 'recalled', 'resumed'].forEach(function (name) {
      source.addEventListener(name, function (e) {
        lastId = e.lastEventId;
        if (call(norm(JSON.parse(e.data)), loaded)) { render(); }
      });
    });
    source.addEventListener('lines', function (e) { lastId = e.lastEventId; renderLines(JSON.parse(e.data)); });
    source.onerror = function () {
      document.getElementById('reconnecting').hidden = false;
      root.dataset.state = 'reconnecting';
      if (source.readyState === EventSource.CLOSED) {   // the browser gave up (error status): retry with backoff
        source.close();
        setTimeout(connect, backoff);
        backoff = Math.min(backoff * 2, 30000);
      }
    };
  }

  var clockFormat = new Intl.DateTimeFormat(document.documentElement.lang || 'vi',
      { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' });
  function tick() { var c = document.getElementById('clock'); c.textContent = clockFormat.format(new Date()); c.dateTime = new Date().toISOString(); }
  setInterval(tick, 1000); tick();

  document.getElementById('sound').addEventListener('click', function () {
    // browsers allow audio only after a gesture: one click when the TV is set up
    soundOn = true; chime();
    if ('speechSynthesis' in window) { window.speechSynthesis.getVoices(); }
    this.hidden = true;
  });
  connect();
})();
