package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;

final class MatrixHelpers {
    private MatrixHelpers() {
    }

    static ObjectNode program(Plan plan) {
        return PlannerMatrixTest.programTemplate(plan);
    }
}
