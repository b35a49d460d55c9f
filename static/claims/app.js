// The workspace's few behaviours that htmx does not cover: turning a text selection into
// character offsets, and linking highlights with their claim cards. Everything here is an
// enhancement: without JavaScript the sentence list and plain links do the same jobs.
"use strict";

(function () {
  const TEXT_ID = "article-text";

  // Offsets are Unicode code points, like the server's Python strings, not UTF-16 units.
  function codePoints(text) {
    return Array.from(text).length;
  }

  function selectionOffsets() {
    const root = document.getElementById(TEXT_ID);
    const selection = window.getSelection();
    if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
    const before = document.createRange();
    before.selectNodeContents(root);
    before.setEnd(range.startContainer, range.startOffset);
    let start = codePoints(before.toString());
    const chosen = Array.from(range.toString());
    let end = start + chosen.length;
    let head = 0;
    while (head < chosen.length && /\s/.test(chosen[head])) head += 1;
    let tail = chosen.length;
    while (tail > head && /\s/.test(chosen[tail - 1])) tail -= 1;
    if (tail <= head) return null;
    end = start + tail;
    start += head;
    return { start, end, quote: chosen.slice(head, tail).join("") };
  }

  function rememberSelection() {
    const picked = selectionOffsets();
    if (!picked) return;
    document.querySelectorAll("#claim-create, form[data-reanchor]").forEach((form) => {
      const start = form.querySelector("[name=start]");
      const end = form.querySelector("[name=end]");
      if (start && end) {
        start.value = picked.start;
        end.value = picked.end;
      }
      const quote = form.querySelector("[name=quote]");
      if (quote) quote.value = picked.quote;
      const sentence = form.querySelector("[name=sentence]");
      if (sentence) sentence.value = "";
    });
    document.querySelectorAll("[data-selection-preview]").forEach((preview) => {
      const shown = picked.quote.length > 160 ? picked.quote.slice(0, 157) + "…" : picked.quote;
      preview.textContent = "Selected: “" + shown + "”";
      preview.classList.add("has-selection");
    });
  }

  document.addEventListener("mouseup", rememberSelection);
  document.addEventListener("keyup", (event) => {
    if (event.shiftKey) rememberSelection();
  });

  // Choosing a sentence from the list replaces any earlier mouse selection.
  document.addEventListener("change", (event) => {
    if (event.target.matches("#claim-create [name=sentence]") && event.target.value) {
      const form = event.target.form;
      form.querySelector("[name=start]").value = "";
      form.querySelector("[name=end]").value = "";
      const preview = form.querySelector("[data-selection-preview]");
      if (preview) {
        preview.textContent = "No passage selected.";
        preview.classList.remove("has-selection");
      }
    }
  });

  // A DOM range over the article text from code-point offsets (the inverse of
  // selectionOffsets), for showing where a suggestion and its speaker are.
  function rangeAt(start, end) {
    const root = document.getElementById(TEXT_ID);
    if (!root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    let started = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const points = Array.from(node.data);
      const units = (count) => points.slice(0, count).join("").length;
      if (!started && start <= seen + points.length) {
        range.setStart(node, units(start - seen));
        started = true;
      }
      if (started && end <= seen + points.length) {
        range.setEnd(node, units(end - seen));
        return range;
      }
      seen += points.length;
    }
    return null;
  }

  // Focusing a suggestion highlights its passage and, apart, the words naming its speaker
  // (CSS Custom Highlights: the text's markup is left alone).
  function showSuggestion(item) {
    if (!window.CSS || !CSS.highlights || typeof Highlight === "undefined") return;
    CSS.highlights.delete("suggestion");
    CSS.highlights.delete("speaker");
    if (!item) return;
    const passage = rangeAt(Number(item.dataset.start), Number(item.dataset.end));
    if (passage) CSS.highlights.set("suggestion", new Highlight(passage));
    if (item.dataset.mentionStart) {
      const speaker = rangeAt(Number(item.dataset.mentionStart), Number(item.dataset.mentionEnd));
      if (speaker) CSS.highlights.set("speaker", new Highlight(speaker));
    }
  }

  document.addEventListener("focusin", (event) => {
    showSuggestion(event.target.closest ? event.target.closest(".suggestion") : null);
  });

  function marksFor(claimId) {
    return Array.from(document.querySelectorAll("#" + TEXT_ID + " .claim-mark")).filter((mark) =>
      (mark.dataset.claims || "").split(" ").includes(String(claimId))
    );
  }

  function focusCard(claimId) {
    const card = document.getElementById("claim-" + claimId);
    if (!card) return false;
    document.querySelectorAll(".claim-card.is-focused").forEach((c) => c.classList.remove("is-focused"));
    card.classList.add("is-focused");
    card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    card.focus({ preventScroll: true });
    if (!card.classList.contains("is-open")) {
      const opener = card.querySelector(".claim-card__title");
      if (opener) opener.click();
    }
    return true;
  }

  // Highlight → card.
  document.addEventListener("click", (event) => {
    const mark = event.target.closest("#" + TEXT_ID + " .claim-mark");
    if (!mark || !window.getSelection().isCollapsed) return;
    const claimId = (mark.dataset.claims || "").split(" ")[0];
    if (claimId && focusCard(claimId)) event.preventDefault();
  });

  // A card saved a new verdict or wording: its highlights (where it is the innermost claim)
  // take the new colour and title, without the server sending the whole text again.
  document.body.addEventListener("claimChanged", (event) => {
    const { id, verdict, title } = event.detail;
    marksFor(id)
      .filter((mark) => (mark.dataset.claims || "").split(" ")[0] === String(id))
      .forEach((mark) => {
        mark.className = mark.className.replace(/\bverdict-\S+/, "verdict-" + verdict);
        mark.title = title;
      });
  });

  // Card → highlights.
  function markActive(event, active) {
    const card = event.target.closest && event.target.closest(".claim-card[data-claim]");
    if (!card) return;
    marksFor(card.dataset.claim).forEach((mark) => mark.classList.toggle("is-active", active));
  }
  document.addEventListener("mouseover", (event) => markActive(event, true));
  document.addEventListener("mouseout", (event) => markActive(event, false));
  document.addEventListener("focusin", (event) => markActive(event, true));
  document.addEventListener("focusout", (event) => markActive(event, false));

  // Where focus was when a card sent a request: the control's id, or its form's URL.
  let focusBeforeSwap = null;
  document.addEventListener("htmx:beforeSwap", () => {
    const active = document.activeElement;
    const form = active && active.closest && active.closest(".claim-card form");
    focusBeforeSwap = form
      ? { id: active.id, form: form.getAttribute("hx-post") || form.getAttribute("action") }
      : null;
  });

  // After a card is saved, focus goes back to the control that was used (or its form's
  // button), not to the top of the card: a keyboard user carries on where they were.
  function refocus(card) {
    const was = focusBeforeSwap;
    focusBeforeSwap = null;
    let target = null;
    if (was && was.id) target = card.querySelector("#" + CSS.escape(was.id));
    if (!target && was && was.form) {
      const form = Array.from(card.querySelectorAll("form")).find(
        (f) => (f.getAttribute("hx-post") || f.getAttribute("action")) === was.form
      );
      if (form) target = form.querySelector("[type=submit]");
    }
    (target || card).focus({ preventScroll: Boolean(target) });
  }

  // Focus is moved only when the swap took it away (the focused control was replaced): an
  // editor who has already moved on, to the source search say, keeps typing where they are.
  function focusLost() {
    return !document.activeElement || document.activeElement === document.body;
  }

  document.addEventListener("htmx:afterSettle", (event) => {
    const card = event.detail.elt && event.detail.elt.closest && event.detail.elt.closest(".claim-card");
    if (card && card.id) {
      card.classList.add("is-focused");
      if (focusLost()) refocus(card);
    }
    // A new claim's card arrives in text order; it takes the focus, so the editor can
    // go on to attribute it.
    if (event.detail.elt && event.detail.elt.id === "claim-create") {
      const created = document.querySelector("#claim-list .claim-card[data-created]");
      if (created) {
        created.removeAttribute("data-created");
        created.classList.add("is-focused");
        created.scrollIntoView({ block: "nearest" });
        if (focusLost()) created.focus({ preventScroll: true });
      }
      const empty = document.getElementById("no-claims");
      if (empty) empty.remove();
    }
  });

  // A request that fails swaps nothing, so the form keeps what the user typed; say what
  // happened where every other message appears (#messages), and what to do about it.
  function say(text) {
    const region = document.getElementById("messages");
    if (!region) return;
    const message = document.createElement("p");
    message.className = "message message--error";
    message.setAttribute("role", "alert");
    message.textContent = text;
    region.replaceChildren(message);
  }

  function failure(status) {
    if (status === 403) return "You are not allowed to do this, or your session changed. Nothing was saved; reload the page and try again.";
    if (status === 404) return "This item no longer exists (someone may have removed it). Reload the page.";
    if (status === 413) return "That is more than the desk accepts in one request. Nothing was saved.";
    if (status === 429) return "Too many attempts; wait a moment and try again.";
    if (status >= 500) return "Something went wrong on our side and your change was not saved. Your text is still in the form: try again, and tell the desk's admin if it keeps happening.";
    return "Your change was not saved (error " + status + "). Your text is still in the form: try again.";
  }

  // Messages go away when clicked; confirmations also after a few seconds.
  document.addEventListener("click", (event) => {
    const message = event.target.closest && event.target.closest("#messages .message");
    if (message) message.remove();
  });
  function fadeConfirmations() {
    document.querySelectorAll("#messages .message--success").forEach((message) => {
      setTimeout(() => message.remove(), 8000);
    });
  }
  document.addEventListener("DOMContentLoaded", fadeConfirmations);
  document.addEventListener("htmx:oobAfterSwap", fadeConfirmations);

  document.addEventListener("htmx:responseError", (event) => say(failure(event.detail.xhr.status)));
  document.addEventListener("htmx:sendError", () =>
    say("Could not reach the desk: check your connection. Nothing was saved; your text is still in the form.")
  );
  document.addEventListener("htmx:timeout", () =>
    say("The desk took too long to answer, so your change may not have been saved. Reload the card to check before saving again.")
  );
})();
