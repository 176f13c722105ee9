// The communication-strategy section of <arah-widget>: one-way against
// two-way communication per document and per sentence (bars and sentence
// strips drawn by Rust), the evidence of each sentence with its calibrated
// probability and what decided it (its markers, no cue at all, or the
// relevance gate), the gate's own evidence (the actor and audience it
// found), and an editor for the strategy lexicon. The widget imports this module the first time a
// reader opens the section, so the first screen never loads it; it brings
// its own stylesheet into the widget's shadow root.
import { comparisonCloud, strategy } from './arah.js';
import { element, parseSvg, readable, saveMenu } from './arah-dom.js';
import { LexiconEditor } from './arah-lexicon.js';

const STYLESHEET = new URL('./arah-strategy.css', import.meta.url).href;
// Words in the cloud comparing the two modes.
const CLOUD_WORDS = 80;
// Sentences listed per document in the evidence lists.
const SENTENCES_LISTED = 2000;
const RULES = {
  lexicon: 'a lexicon entry, as written',
  'lexicon-stem': 'a lexicon entry, matched by its stem',
  'lexicon-reordered': 'a verb–object entry, object first with the verb passive',
  negation: 'negated: flips or cancels the marker',
  hedge: 'hedged, direction kept',
  contrast: 'what a contrast asserts',
  'contrast-denied': 'what a contrast denies: not counted',
  change: 'the new state of a change',
  'change-past': 'the former state of a change: not counted',
  'no-longer': '"no longer": a former state, not counted',
  'audience-rejection': 'the audience rejects it: a message still counts, a dialogue does not',
  'audience-question': 'a question to the audience',
  'rhetorical-question': 'a rhetorical question: not counted',
  attribution: 'the speech verb of an attribution: not counted',
  reply: 'a reply to someone',
  'reply-thread': 'part of a reply thread',
  mention: 'a mention of someone',
  'venue-without-exchange': 'a venue or event without an exchange named: not counted',
  'direction-recipient': 'the audience receives a message: one-way',
  'direction-source': 'the audience speaks or sends input: two-way',
  'direction-reciprocal': 'the audience takes part in an exchange: two-way',
  heading: 'a heading or title: not counted',
};
// The relevance gate's reasons (`relevance.reason`) in plain words.
const GATE_REASONS = {
  'actor-and-audience': 'an actor and its audience are named',
  reply: 'it is a reply, judged by its form',
  'short-post': 'it is a short post, judged by its words',
  'no-actor': 'no actor is named (no politician, party, campaign, office or organisation)',
  'no-audience': 'no audience is named (no citizens, voters, public or followers)',
  'no-text': 'there is no text',
};
const NOT_ABOUT_COMMUNICATION = 'not about communication between an actor and its audience';
// Below this probability a label is shown weak; from SURE_FROM, at full strength.
const UNSURE_BELOW = 0.6;
const SURE_FROM = 0.8;

export class StrategyView {
  // What the section sees of the widget: documents(), settings(),
  // cloudFont(), announce(name, detail).
  #widget;
  #section;
  #ui;
  #editor;
  #token = 0;
  #stale = true;
  // The chart's and the comparison cloud's SVG as last drawn, for export.
  #svgs = {};

  constructor(widget, section) {
    this.#widget = widget;
    this.#section = section;
    this.#editor = new LexiconEditor((lexicon) => this.#recompute(lexicon));
    this.#ui = buildStrategy(section, this.#editor.element, {
      exportView: (view, format) => this.#exportView(view, format),
      showSentence: (doc, index) => this.#showSentence(doc, index),
    });
  }

  /** Computes the section (again when the documents changed since). */
  async show(documentsChanged = false) {
    const ui = this.#ui;
    if (documentsChanged) this.#stale = true;
    const documents = this.#widget.documents();
    if (!documents) {
      // The widget's input failed: what was drawn is of documents it no longer has.
      ++this.#token;
      this.#stale = true;
      this.#svgs = {};
      for (const box of [ui.strategyChart, ui.evidence, ui.strategyCloud]) box.replaceChildren();
      return;
    }
    if (!this.#stale) return;
    const token = ++this.#token;
    ui.strategyStatus.textContent = 'Analysing the communication strategy…';
    ui.strategyProblem.hidden = true;
    try {
      const lexicon = await this.#editor.current();
      const result = await strategy(documents, [lexicon.text], this.#options());
      if (token !== this.#token) return;
      this.#stale = false;
      this.#draw(result);
    } catch (error) {
      if (token !== this.#token) return;
      ui.strategyChart.replaceChildren();
      ui.evidence.replaceChildren();
      ui.strategyStatus.textContent = '';
      ui.strategyProblem.hidden = false;
      ui.strategyProblem.textContent = readable(error);
    }
  }

  /** Page chrome is passed over unless the widget has `keep-chrome`. */
  #options() {
    return { keepChrome: this.#widget.settings().keepChrome };
  }

  /** The section computed again with an edited `lexicon` (the editor's
   * `apply`): it throws, and the lexicon is not taken, when it cannot be. */
  async #recompute(lexicon) {
    const documents = this.#widget.documents();
    if (!documents) return;
    this.#draw(await strategy(documents, [lexicon.text], this.#options()));
  }

  #draw(result) {
    const ui = this.#ui;
    ui.strategyChart.replaceChildren(parseSvg(result.svg));
    const { svg, ...report } = result;
    this.#svgs.chart = { svg, report };
    ui.evidence.replaceChildren(...result.documents.map((doc, i) => evidenceList(doc, i, result.documents.length)));
    ui.strategyStatus.textContent = '';
    this.#widget.announce('arah-strategy', { documents: result.documents.length });
    this.#drawCloud(result).catch((error) => {
      this.#ui.strategyCloud.replaceChildren(element('p', { class: 'problem' }, [readable(error)]));
    });
  }

  /**
   * The comparison cloud of the two modes: the words of the two-way
   * sentences against those of the one-way sentences, each word on the side
   * whose share of it is larger, in that side's colour (blue two-way,
   * vermillion one-way, as in the chart).
   */
  async #drawCloud(result) {
    const box = this.#ui.strategyCloud;
    const sides = ['two-way', 'one-way'];
    const texts = sides.map((side) => result.documents
      .flatMap((doc) => doc.sentences.filter((s) => s.label === side).map((s) => s.text))
      .join('\n'));
    if (texts.some((text) => !text.trim())) {
      box.replaceChildren(element('p', { class: 'hint' }, [
        'A cloud comparing the two modes needs sentences of both.',
      ]));
      return;
    }
    const settings = this.#widget.settings();
    const fontFamily = await this.#widget.cloudFont();
    const width = Math.round(Math.min(Math.max(box.clientWidth, 320), 900));
    const drawn = await comparisonCloud(sides.map((title, i) => ({ title, text: texts[i] })), this.#options(), {
      width, height: Math.round(width * 0.5), maxWords: CLOUD_WORDS, fontFamily,
      theme: settings.theme,
    });
    this.#svgs.cloud = { svg: drawn.svg, fontFamily };
    const hints = [element('p', { class: 'hint' }, [
      'Words of the sentences labelled two-way against those labelled one-way: each word on the side ' +
        'that uses it more, sized by how much more.',
    ])];
    if (drawn.dropped.length) {
      hints.push(element('p', { class: 'hint dropped' }, [
        `${drawn.dropped.length} word(s) did not fit: ${drawn.dropped.join(', ')}`,
      ]));
    }
    box.replaceChildren(parseSvg(drawn.svg), ...hints);
  }

  /** Saves the chart (`chart`) or the comparison cloud (`cloud`) as SVG or
   * PNG, or the chart's sentences with their evidence as CSV or JSON (see
   * arah-export.js, imported on the first click). */
  async #exportView(view, format) {
    const drawn = this.#svgs[view];
    if (!drawn) return;
    const { saveChart, saveTable } = await import('./arah-export.js');
    if (format === 'csv' || format === 'json') {
      saveTable('strategy', drawn.report, format);
      return;
    }
    const box = view === 'chart' ? this.#ui.strategyChart : this.#ui.strategyCloud;
    await saveChart(box.querySelector('svg'), drawn.svg, { name: `arah-strategy-${view}`, format, fontFamily: drawn.fontFamily });
  }

  /** Shows sentence `index` of document `doc` in its evidence list (from the strip). */
  #showSentence(doc, index) {
    const ui = this.#ui;
    const list = ui.evidence.querySelector(`[data-document="${Number(doc)}"]`);
    const item = list?.querySelector(`li[data-index="${Number(index)}"]`);
    for (const old of this.#section.querySelectorAll('.current')) old.classList.remove('current');
    ui.strategyChart.querySelector(`[data-document="${Number(doc)}"] rect[data-index="${Number(index)}"]`)
      ?.classList.add('current');
    if (!item) {
      ui.strategyStatus.textContent = `Sentence ${Number(index) + 1} is beyond the ${SENTENCES_LISTED} listed.`;
      return;
    }
    list.open = true;
    item.classList.add('current');
    item.scrollIntoView({ block: 'nearest' });
    item.focus({ preventScroll: true });
  }
}

/** The section's content, built into `section` (its <summary> is there):
 * chart, evidence lists and the lexicon editor. */
function buildStrategy(section, editor, actions) {
  const strategyStatus = element('p', { class: 'status', role: 'status' });
  const strategyProblem = element('p', { class: 'problem', role: 'alert', hidden: '' });
  const strategyChart = element('figure', { class: 'strategy-chart' });
  const strategyCloud = element('figure', { class: 'strategy-cloud' });
  const showAll = element('input', { type: 'checkbox', name: 'all-sentences' });
  const evidence = element('div', { class: 'evidence' });
  showAll.addEventListener('change', () => evidence.classList.toggle('all', showAll.checked));
  section.append(
    element('link', { rel: 'stylesheet', href: STYLESHEET }),
    strategyStatus,
    strategyProblem,
    strategyChart,
    element('p', { class: 'hint' }, [
      'Per document: lexicon evidence of one-way communication (broadcasting) to the left, of two-way ' +
        '(dialogue) to the right, with sentence counts and the balance from −1 to 1. Below each bar, one ' +
        'cell per sentence in reading order: click one to see its evidence.',
    ]),
    saveMenu('Save the strategy chart and its sentences', ['svg', 'png', 'csv', 'json'],
      (format) => actions.exportView('chart', format), 'chart-'),
    strategyCloud,
    saveMenu('Save the strategy cloud', ['svg', 'png'], (format) => actions.exportView('cloud', format), 'cloud-'),
    element('label', { class: 'option' }, [showAll, ' Also list sentences without markers']),
    evidence,
    editor,
  );
  // A cell of a strip (click, Enter or Space) shows its sentence's evidence.
  const cellOf = (target) => target.closest?.('.arah-strip [data-index]');
  const showCell = (cell) => actions.showSentence(cell.closest('[data-document]').dataset.document, cell.dataset.index);
  strategyChart.addEventListener('click', (event) => {
    const cell = cellOf(event.target);
    if (cell) showCell(cell);
  });
  strategyChart.addEventListener('keydown', (event) => {
    const cell = (event.key === 'Enter' || event.key === ' ') && cellOf(event.target);
    if (!cell) return;
    event.preventDefault();
    showCell(cell);
  });
  return { strategyCloud, strategyStatus, strategyProblem, strategyChart, evidence };
}

/**
 * One document's sentences with their labels, probabilities, marked evidence
 * and rules, after the relevance gate's decision and the mentions it found.
 */
function evidenceList(doc, index, count) {
  const marked = doc.sentences.filter((s) => s.evidence.length).length;
  const mentions = doc.relevance.mentions;
  const items = doc.sentences.slice(0, SENTENCES_LISTED).map((sentence, i) => {
    const own = mentions.filter((m) => m.startUtf16 >= sentence.startUtf16 && m.endUtf16 <= sentence.endUtf16);
    const badges = [element('span', { class: `label ${sentence.label} ${sureness(sentence)}` }, [
      `${i + 1} · ${sentence.basis === 'gate' || sentence.basis === 'chrome' ? 'no label' : sentence.label}`,
    ])];
    if (sentence.mobilisation) badges.push(element('span', { class: 'label mobilisation' }, ['call to act']));
    // A gated text's sentences that name a party are listed with the gate's evidence.
    const shown = sentence.evidence.length || (!doc.relevance.relevant && own.length);
    return element('li', {
      'data-index': String(i), 'data-basis': sentence.basis, 'data-probability': String(sentence.probability),
      tabindex: '-1', class: shown ? '' : 'plain',
    }, [
      element('div', {}, badges),
      element('p', { class: 'sentence' }, highlighted(sentence, own)),
      element('p', { class: `basis ${sentence.basis}` }, [basisInWords(sentence, doc.relevance.relevant)]),
      element('ul', { class: 'markers' }, sentence.evidence.map((e) => element('li', {}, [
        element('span', { class: `side ${e.side}` }, [e.side]),
        ' ',
        element('q', {}, [e.text]),
        ` — rule ${e.rule}: ${RULES[e.rule] ?? ''}`,
        e.pattern ? ` · entry “${e.pattern}”${e.category ? ` (${e.category})` : ''}` : '',
        e.counted ? '' : ' · not counted',
      ]))),
    ]);
  });
  const more = doc.sentences.length > SENTENCES_LISTED ? ` (first ${SENTENCES_LISTED} listed)` : '';
  const relevant = doc.relevance.relevant;
  const mode = relevant
    ? `${doc.label}, ${likely(doc.probability)}`
    : `${doc.label}: ${NOT_ABOUT_COMMUNICATION}`;
  return element('details', { 'data-document': String(index), ...(count === 1 ? { open: '' } : {}) }, [
    element('summary', {}, [
      `${doc.file}: `,
      element('span', { class: `mode ${doc.label} ${relevant ? sureness(doc) : 'gated'}` }, [mode]),
      relevant ? `, balance ${round(doc.balance)}` : '',
      `; ${marked} of ${doc.sentences.length} sentences with markers${more}`,
    ]),
    gateEvidence(doc.relevance),
    element('ol', {}, items),
  ]);
}

/** `sure`, `likely` or `unsure` for a labelled sentence or a document's mode;
 * a sentence without a cue or behind the gate has no sureness of its own. */
function sureness(labelled) {
  if (labelled.basis && labelled.basis !== 'cue') return labelled.basis === 'no-cue' ? 'no-cue' : 'gated';
  if (labelled.probability < UNSURE_BELOW) return 'unsure';
  return labelled.probability < SURE_FROM ? 'likely' : 'sure';
}

/** "84 % likely" */
function likely(probability) {
  return `${Math.round(probability * 100)} % likely`;
}

/** What decided a sentence's label, with its probability, in words (a
 * gated sentence of a `relevant` text is in a paragraph gated on its own). */
function basisInWords(sentence, relevant) {
  const asWell = [
    sentence.normative ? ' It only recommends this mode, so it weighs less in the document’s mode.' : '',
    sentence.foil ? ' The mode is held up as a foil here, so it never makes the text mixed.' : '',
  ].join('');
  switch (sentence.basis) {
    case 'gate':
      return relevant
        ? 'No label: this paragraph is far from any mention of an actor or an audience.'
        : `No label: the text is ${NOT_ABOUT_COMMUNICATION}.`;
    case 'chrome':
      return `No label: page chrome (${sentence.chrome}), not part of the text.`;
    case 'no-cue':
      return 'No cue found: neither for want of a marker, not a finding ' +
        `(${Math.round(sentence.probability * 100)} % of such sentences are neither).`;
    default:
      return sentence.label === 'neither'
        ? `Neither, ${likely(sentence.probability)}: its markers cancel out or fall short of a label.${asWell}`
        : `${sentence.label[0].toUpperCase()}${sentence.label.slice(1)}, ${likely(sentence.probability)}, ` +
          `from its markers.${asWell}`;
  }
}

/** How the mentions listed after the gate's counts begin. */
function listedMentions(relevance) {
  const listed = relevance.mentions.length;
  if (!listed) return '.';
  return listed < relevance.actorMentions + relevance.audienceMentions ? `; the first ${listed}:` : ':';
}

/** The relevance gate's decision in plain words and the parties it found. */
function gateEvidence(relevance) {
  const parts = [
    element('strong', {}, [relevance.relevant ? 'About actor–audience communication: ' : 'Not analysed: ']),
    relevance.relevant
      ? `${GATE_REASONS[relevance.reason] ?? relevance.reason}.`
      : `the text is ${NOT_ABOUT_COMMUNICATION}, as ${GATE_REASONS[relevance.reason] ?? relevance.reason}.`,
    ` Found ${relevance.actorMentions} mention${relevance.actorMentions === 1 ? '' : 's'} of an actor and ` +
      `${relevance.audienceMentions} of an audience`,
    listedMentions(relevance),
  ];
  if (relevance.gatedParagraphs) {
    parts.push(` ${relevance.gatedParagraphs} paragraph${relevance.gatedParagraphs === 1 ? '' : 's'} far from ` +
      'both lost their labels.');
  }
  return element('div', { class: `gate ${relevance.relevant ? 'open' : 'closed'}`, 'data-reason': relevance.reason }, [
    element('p', {}, parts),
    element('ul', { class: 'mentions' }, relevance.mentions.map((m) => element('li', {}, [
      element('mark', { class: `mention ${m.role}`, title: `${m.role} named` }, [m.text]),
      ` ${m.role}`,
    ]))),
  ]);
}

/** A sentence's text with each marker, and each of the gate's `mentions`
 * in it, in a <mark>, from the UTF-16 offsets (a marker wins an overlap). */
function highlighted(sentence, mentions) {
  const text = sentence.text;
  const base = sentence.startUtf16;
  const spans = [
    ...sentence.evidence.map((e) => ({
      at: e, className: `${e.side}${e.counted ? '' : ' uncounted'}`, title: `${e.side} · ${e.rule}`,
    })),
    ...mentions.map((m) => ({ at: m, className: `mention ${m.role}`, title: `${m.role} named` })),
  ].sort((a, b) => a.at.startUtf16 - b.at.startUtf16);
  const parts = [];
  let at = 0;
  for (const { at: span, className, title } of spans) {
    const start = span.startUtf16 - base;
    const end = span.endUtf16 - base;
    if (start < at || end > text.length) continue;
    parts.push(text.slice(at, start), element('mark', { class: className, title }, [text.slice(start, end)]));
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

function round(value) {
  return Math.round(value * 100) / 100;
}

