/**
 * Facts about Google Cloud IAM that both the program's settings and the rule book need, in one place:
 * who a member string names ({@link dev.keyless.google.IamMember}), the shapes of role names
 * ({@link dev.keyless.google.IamRoleName}), the service accounts Google creates and shares
 * ({@link dev.keyless.google.DefaultServiceAccounts}) and the hosts whose services receive Google ID
 * tokens ({@link dev.keyless.google.SharedAudiences}). Pure Java: no SDK, no Pulumi.
 */
package dev.keyless.google;
