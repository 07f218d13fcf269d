/**
 * The preview's web server on 127.0.0.1, with live reload, and the watcher of content and
 * templates.
 */
package scot.pmo.publish.serve;
