/**
 * The audience stage, between validate and link: the view of a validated catalogue that one
 * audience may see ({@link scot.pmo.audience.AudienceView}), without drafts, without internal
 * entities for the public, and without the references to them or people's contact details, so that
 * everything linked and rendered from it is safe for that audience by construction.
 */
package scot.pmo.audience;
