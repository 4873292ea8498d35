/**
 * Script mode: a program that prints the sample application's DDL for Atlas without
 * starting the application.
 */
package io.github.atlasspring.example.script;
