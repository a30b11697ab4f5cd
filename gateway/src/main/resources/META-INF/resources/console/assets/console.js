// Rep'Aero console: small progressive enhancements; every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  enablePipelineDrag();
  // After a refused form, take keyboard and screen-reader users to the list of errors.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
    return;
  }
  // After a search, keep the cursor in the search box only when the user came from it.
  var created = document.getElementById('created-notice') || document.getElementById('done-notice');
  if (created) {
    created.setAttribute('tabindex', '-1');
    created.focus();
  }
});

// Pipeline board: drag a card by its handle to another column, with the mouse, a pen or a finger (Pointer Events,
// so it works on an iPad too). The drop only picks the stage in the card's own "move to" form and submits it: the
// server does exactly what the no-JavaScript form does.
function enablePipelineDrag() {
  var board = document.querySelector('[data-drag-board]');
  if (!board || !window.PointerEvent) {
    return;
  }
  board.classList.add('drag-ready');
  var drag = null;

  // The column under the pointer, looking through the dragged card itself.
  function columnAt(x, y) {
    var stack = document.elementsFromPoint(x, y);
    for (var i = 0; i < stack.length; i++) {
      if (!drag.card.contains(stack[i])) {
        return stack[i].closest('.board-column');
      }
    }
    return null;
  }

  function mark(column) {
    if (drag.over && drag.over !== column) {
      drag.over.classList.remove('drop-target');
    }
    drag.over = column;
    if (column) {
      column.classList.add('drop-target');
    }
  }

  function end(event, cancelled) {
    if (!drag) {
      return;
    }
    var column = cancelled ? null : columnAt(event.clientX, event.clientY);
    var current = drag;
    drag = null;
    current.card.classList.remove('dragging');
    current.card.style.transform = '';
    if (current.over) {
      current.over.classList.remove('drop-target');
    }
    var form = current.card.querySelector('.move-form');
    if (!column || !form || column === current.from) {
      return;
    }
    form.elements.stageId.value = column.getAttribute('data-stage');
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.submit();
    }
  }

  board.addEventListener('pointerdown', function (event) {
    var handle = event.target.closest('.drag-handle');
    if (!handle || (event.pointerType === 'mouse' && event.button !== 0)) {
      return;
    }
    var card = handle.closest('.card');
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    drag = { card: card, from: card.closest('.board-column'), x: event.clientX, y: event.clientY, over: null };
    card.classList.add('dragging');
  });
  board.addEventListener('pointermove', function (event) {
    if (!drag) {
      return;
    }
    drag.card.style.transform = 'translate(' + (event.clientX - drag.x) + 'px,' + (event.clientY - drag.y) + 'px)';
    mark(columnAt(event.clientX, event.clientY));
  });
  board.addEventListener('pointerup', function (event) { end(event, false); });
  board.addEventListener('pointercancel', function (event) { end(event, true); });
}
