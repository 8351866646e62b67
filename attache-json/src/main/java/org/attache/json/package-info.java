/** The JSON form of Attaché's records, as users see it from {@code --json}, the API and exports. */
package org.attache.json;
