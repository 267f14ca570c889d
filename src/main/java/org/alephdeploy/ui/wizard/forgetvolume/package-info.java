/** The "forget a volume" wizard: no input, the review lists the blockers. */
package org.alephdeploy.ui.wizard.forgetvolume;
