/**
 * The preview's web server on 127.0.0.1, with live reload, and the watcher of content and
 * templates; with {@code --edit}, the forms that change and add content files, held to the
 * preview's own pages and to {@code content/}.
 */
package scot.pmo.publish.serve;
