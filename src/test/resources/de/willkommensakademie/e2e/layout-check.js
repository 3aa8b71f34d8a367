// Finds text a person cannot read whole, in the page as rendered, open shadow roots included. Returns findings:
//   "clipped"  - text cut off by an ancestor that hides its overflow (or by its own ellipsis),
//   "overlap"  - two pieces of text painted over each other,
//   "sideways" - the document is wider than the viewport, so the page scrolls sideways,
//   "off-screen" - text runs past the viewport's edge where nothing inside the page can scroll it into view (a row of
//                  buttons wider than a phone while the app layout hides the overflow).
// Text scrolled out of sight inside a scrolling box (a grid's rows, a long list) is not a finding: it can be scrolled to.
// `scope`: optional CSS selector; only text inside the matching elements is looked at (e.g. an open drawer).
scope => {
  const SLACK = 1.5; // sub-pixel rounding
  const styles = new Map();
  const style = el => {
    let s = styles.get(el);
    if (!s) { s = getComputedStyle(el); styles.set(el, s); }
    return s;
  };
  // The rendered (flat) tree upwards: slot it is assigned to, else parent, else the shadow host.
  const up = node => node.assignedSlot || node.parentElement
      || (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
  const describe = el => {
    if (!el || !el.tagName) return '';
    const id = el.id ? '#' + el.id : '';
    const part = el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '';
    const cls = typeof el.className === 'string' && el.className.trim()
        ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : '';
    const host = el.getRootNode() instanceof ShadowRoot ? describe(el.getRootNode().host) + ' › ' : '';
    return host + el.tagName.toLowerCase() + id + cls + part;
  };
  const short = text => { const t = text.replace(/\s+/g, ' ').trim(); return t.length > 90 ? t.slice(0, 87) + '…' : t; };
  const hides = v => v === 'hidden' || v === 'clip';
  const scrolls = v => v === 'auto' || v === 'scroll';
  // Overlays (notifications, dialogs, menus, tooltips) sit above the page by design; they are checked when open alone.
  const OVERLAY = /^(vaadin-notification-container|vaadin-notification-card|vaadin-tooltip-overlay|vaadin-dialog-overlay|vaadin-context-menu-overlay|vaadin-menu-bar-overlay|vaadin-combo-box-overlay|vaadin-select-overlay|vaadin-date-picker-overlay)$/;

  // The box text inside `el` may be seen in: the viewport cut by every scrolling or hiding ancestor.
  // Returns null when the text is not shown at all (hidden, transparent, or deliberately "visually hidden").
  const context = node => {
    let box = {left: -1e9, top: -1e9, right: 1e9, bottom: 1e9};
    const hiders = [];
    let overlay = false;
    for (let el = up(node); el; el = up(el)) {
      if (el.nodeType !== 1) continue;
      const s = style(el);
      if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0' || s.contentVisibility === 'hidden') return null;
      if (OVERLAY.test(el.localName)) overlay = true;
      // Screen-reader-only text (clip, 1 px boxes) is meant to be invisible.
      if (s.clip && s.clip !== 'auto' || s.clipPath && s.clipPath.startsWith('inset(50%')) return null;
      const ox = s.overflowX, oy = s.overflowY;
      if (ox !== 'visible' || oy !== 'visible') {
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return null;
        const inner = {left: r.left + el.clientLeft, top: r.top + el.clientTop,
                       right: r.left + el.clientLeft + el.clientWidth, bottom: r.top + el.clientTop + el.clientHeight};
        if (hides(ox) || hides(oy)) hiders.push({el, inner, x: hides(ox), y: hides(oy)});
        box = {left: Math.max(box.left, inner.left), top: Math.max(box.top, inner.top),
               right: Math.min(box.right, inner.right), bottom: Math.min(box.bottom, inner.bottom)};
      }
    }
    return {box, hiders, overlay};
  };

  const texts = [];
  const visit = root => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.currentNode; n; n = walker.nextNode()) {
      if (n.nodeType === 1) {
        if (n.shadowRoot) visit(n.shadowRoot);
        continue;
      }
      if (!n.textContent.trim()) continue;
      const parent = n.parentElement || (n.parentNode && n.parentNode.host);
      if (!parent || /^(script|style|template|noscript|title)$/i.test(parent.localName)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rects = [...range.getClientRects()].filter(r => r.width > 1 && r.height > 1);
      if (!rects.length) continue;
      const where = context(n);
      if (!where) continue;
      texts.push({node: n, parent, rects, where});
    }
  };
  if (scope) {
    document.querySelectorAll(scope).forEach(visit);
  } else {
    visit(document.body);
  }

  const findings = [];
  const reported = new Set();
  for (const t of texts) {
    // Clipped by an ancestor that hides overflow: some of the text's boxes reach past that ancestor's inner edge.
    for (const h of t.where.hiders) {
      const cut = t.rects.some(r => (h.x && (r.right > h.inner.right + SLACK || r.left < h.inner.left - SLACK))
          || (h.y && (r.bottom > h.inner.bottom + SLACK + r.height * 0.25 || r.top < h.inner.top - SLACK - r.height * 0.25)));
      // The brief's definition as well: the hiding box is too small for what it holds.
      const tooSmall = h.x && h.el.scrollWidth > h.el.clientWidth + 1 || h.y && h.el.scrollHeight > h.el.clientHeight + 1;
      if (cut && tooSmall) {
        const key = 'clipped|' + short(t.node.textContent);
        if (!reported.has(key)) {
          reported.add(key);
          findings.push({kind: 'clipped', text: short(t.node.textContent), element: describe(t.parent),
              by: describe(h.el), detail: `content ${h.el.scrollWidth}×${h.el.scrollHeight} in ${h.el.clientWidth}×${h.el.clientHeight}`});
        }
        break;
      }
    }
    // Ellipsis without a hiding ancestor found above (the element itself hides): scrollWidth tells.
    const own = style(t.parent);
    if (hides(own.overflowX) && t.parent.scrollWidth > t.parent.clientWidth + 1 && own.textOverflow === 'ellipsis') {
      const key = 'clipped|' + short(t.node.textContent);
      if (!reported.has(key)) {
        reported.add(key);
        findings.push({kind: 'clipped', text: short(t.node.textContent), element: describe(t.parent), by: 'its own ellipsis',
            detail: `content ${t.parent.scrollWidth} in ${t.parent.clientWidth}`});
      }
    }
  }

  // Off-screen: text past the viewport's left or right edge, unless a box inside the page (a grid, a graph) ends first
  // and scrolls it. Visually hidden drawers and menus were dropped above (visibility hidden).
  const vw = document.documentElement.clientWidth;
  for (const t of texts) {
    const b = t.where.box;
    const out = t.rects.find(r => (r.right > vw + SLACK && b.right >= vw - SLACK) || (r.left < -SLACK && b.left <= SLACK));
    if (out) {
      const key = 'off-screen|' + short(t.node.textContent);
      if (!reported.has(key)) {
        reported.add(key);
        findings.push({kind: 'off-screen', text: short(t.node.textContent), element: describe(t.parent), by: 'viewport',
            detail: `text from ${Math.round(out.left)} to ${Math.round(out.right)} px in a ${vw} px viewport`});
      }
    }
  }

  // Overlap: the visible parts of two texts' line boxes cross by more than rounding and a tall glyph's overhang.
  const pieces = [];
  texts.filter(t => !t.where.overlay).forEach((t, index) => t.rects.forEach(r => {
    const b = t.where.box;
    const v = {left: Math.max(r.left, b.left), top: Math.max(r.top, b.top),
               right: Math.min(r.right, b.right), bottom: Math.min(r.bottom, b.bottom)};
    if (v.right - v.left > 1 && v.bottom - v.top > 1) pieces.push({t, index, r: v, h: r.height});
  }));
  pieces.sort((a, b) => a.r.top - b.r.top);
  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i];
    for (let j = i + 1; j < pieces.length && pieces[j].r.top < a.r.bottom; j++) {
      const b = pieces[j];
      if (a.index === b.index) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 2 && h > Math.max(3, 0.35 * Math.min(a.h, b.h))) {
        const key = 'overlap|' + short(a.t.node.textContent) + '|' + short(b.t.node.textContent);
        if (!reported.has(key)) {
          reported.add(key);
          findings.push({kind: 'overlap', text: short(a.t.node.textContent), element: describe(a.t.parent),
              by: short(b.t.node.textContent) + ' (' + describe(b.t.parent) + ')',
              detail: `${Math.round(w)}×${Math.round(h)} px`});
        }
      }
    }
  }

  const doc = document.documentElement;
  if (!scope && doc.scrollWidth > doc.clientWidth + 1) {
    // Name what sticks out furthest, so the finding says where to look.
    const widest = texts.map(t => ({t, right: Math.max(...t.rects.map(r => r.right + window.scrollX))}))
        .sort((a, b) => b.right - a.right)[0];
    findings.push({kind: 'sideways', text: widest ? short(widest.t.node.textContent) : '',
        element: widest ? describe(widest.t.parent) : '', by: 'document',
        detail: `document ${doc.scrollWidth} px wide in a ${doc.clientWidth} px viewport`});
  }
  return findings.slice(0, 40);
}
