// "Lägg till" on the incident form: adds an empty row in place instead of sending the form, with
// the next index in every field name (attributions[2].role) and id, and moves the focus to it.
// Without script the button sends the form, and the server answers it with one more row.
(function () {
  document.querySelectorAll('button[data-add]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      var list = document.getElementById(button.getAttribute('data-add'));
      var rows = list.querySelectorAll('.row');
      var last = rows[rows.length - 1];
      if (!last) { return; }
      event.preventDefault();
      var index = rows.length;
      var row = last.cloneNode(true);
      row.querySelectorAll('.field-error').forEach(function (error) { error.remove(); });
      row.querySelectorAll('.invalid').forEach(function (field) { field.classList.remove('invalid'); });
      row.querySelectorAll('.row-no').forEach(function (number) {
        number.textContent = number.textContent.replace(/\d+/, String(index + 1));
      });
      row.querySelectorAll('[name], [id], label[for]').forEach(function (element) {
        ['name', 'id', 'for'].forEach(function (attribute) {
          var value = element.getAttribute(attribute);
          if (value) {
            element.setAttribute(attribute, value.replace(/\[\d+\]/, '[' + index + ']').replace(/-\d+(-|$)/, '-' + index + '$1'));
          }
        });
        if (element.matches('input, select')) {
          element.value = '';
          element.removeAttribute('aria-invalid');
          var hint = element.getAttribute('aria-describedby');
          if (hint) {
            var kept = hint.split(' ').filter(function (id) { return !/-error$/.test(id); }).join(' ');
            if (kept) { element.setAttribute('aria-describedby', kept); } else { element.removeAttribute('aria-describedby'); }
          }
        }
      });
      last.after(row);
      var first = row.querySelector('input, select');
      if (first) { first.focus(); }
    });
  });
})();
