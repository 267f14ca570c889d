package org.alephdeploy.ui.shell;

/** The main window's tabs. */
public enum MainTab { PROGRAMS, VOLUMES, ACTIVITY }
