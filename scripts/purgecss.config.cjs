// PurgeCSS settings for scripts/build-css.sh: Bootstrap 5.3.3 trimmed to the selectors the portal can emit.
// Content: every view, every C# file (tag helpers, view models and services that name a class), the
// portal's own scripts, and the markup of the Identity UI package's compiled pages (decoded by build-css.sh). Kept whatever the content says: every HTML element (guidance bodies are Markdown
// rendered at request time, so any element may appear), the classes Bootstrap's collapse plugin sets while
// the phone menu opens, and the grid widths the staff record forms build from a number (col-md-@field.Width).
const elements = [
    'a', 'abbr', 'address', 'article', 'aside', 'b', 'blockquote', 'body', 'button', 'caption', 'code', 'dd',
    'del', 'details', 'dfn', 'dl', 'dt', 'em', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
    'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label',
    'legend', 'li', 'main', 'mark', 'nav', 'ol', 'optgroup', 'output', 'p', 'pre', 'progress', 'q', 's', 'samp',
    'section', 'select', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'svg', 'table', 'tbody', 'td',
    'textarea', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var',
];

module.exports = {
    content: [
        'src/ImgPortal.Web/**/*.cshtml',
        'src/ImgPortal.Web/**/*.cs',
        'src/ImgPortal.Core/**/*.cs',
        'src/ImgPortal.Infrastructure/**/*.cs',
        'src/ImgPortal.Web/wwwroot/js/**/*.js',
        '.tools/identity-ui-views.txt',
    ],
    skippedContentGlobs: ['**/bin/**', '**/obj/**'],
    css: ['src/ImgPortal.Web/wwwroot/lib/bootstrap/dist/css/bootstrap.min.css'],
    safelist: {
        standard: [...elements, 'show', 'collapsing', 'collapsed', 'collapse-horizontal', /^col-md-\d+$/],
    },
    // Bootstrap's custom properties and keyframes are small and referenced indirectly: keep them all.
    variables: false,
    keyframes: false,
    fontFace: false,
};
