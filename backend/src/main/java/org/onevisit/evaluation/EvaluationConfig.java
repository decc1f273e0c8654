package org.onevisit.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Settings of the service evaluation (prefix {@code onevisit.evaluation}). */
@ConfigMapping(prefix = "onevisit.evaluation")
public interface EvaluationConfig {

    /** The five grades' labels, from grade 1 to grade 5 (the national scale by default). */
    @WithDefault("非常不满意,不满意,基本满意,满意,非常满意")
    List<String> labels();

    /** Working days the bureau has to rectify or explain after a bad review. */
    @WithDefault("5")
    int rectificationDays();
}
