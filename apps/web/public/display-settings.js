// Applies the stored display settings before the first paint, so the page never flashes in the
// default colours. It is a separate file because the content security policy blocks inline scripts.
// Keep the key and attribute in step with src/a11y/displaySettings.ts.
(function () {
  try {
    if (window.localStorage.getItem('inclusieplein.contrast') === 'high') {
      document.documentElement.setAttribute('data-contrast', 'high');
    }
  } catch (error) {
    // Storage can be blocked by privacy settings. The default colours apply then.
  }
})();
