package org.alephdeploy.deploy.plan;

public enum StepKind {
    UPLOAD, PUBLISH_STORE, PUBLISH_PROGRAM, FORGET, AWAIT_PROCESSED, AWAIT_FORGOTTEN, BACKUP
}
