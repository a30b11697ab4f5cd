package com.repaero.customer;

import com.repaero.platform.testing.LayeringRules;

/** The platform's layering rules (commons test-jar) applied to this service's classes. */
class ArchitectureTest extends LayeringRules {

    ArchitectureTest() {
        super("com.repaero.customer");
    }
}
