/**
 * Setting up a new service from the command line, before anyone in it can sign in: the service, its first service
 * lead with a temporary password, and the operator's act on the audit trail.
 */
package org.stepwise.setup;
