/**
 * What every stage shares: the entities of the programme and their kinds, the catalogue of them,
 * where a value was written ({@link scot.pmo.model.SourceRef}), the problems found ({@link
 * scot.pmo.model.Diagnostic}), what one edit changed, and the exception type of problems the user
 * can put right. Imports no other stage.
 */
package scot.pmo.model;
