/**
 * Uploaded plan documents, for the services that import them (plan-service, province-service):
 * {@link vn.lienket.support.documents.DocumentUploads} reads and parses one within the configured
 * limits and turns every refusal into the same problem on the field {@code file}. Present only where
 * {@code plan-documents} is on the class path.
 */
package vn.lienket.support.documents;
