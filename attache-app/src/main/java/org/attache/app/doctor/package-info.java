/**
 * {@code attache doctor}: checks that a data folder is whole (database sound, index in agreement with it, no
 * left-over upload) and repairs what it can.
 */
package org.attache.app.doctor;
