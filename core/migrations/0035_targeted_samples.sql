-- ServQA schema version 35: targeted sampling (docs/screening.md, "Targeted sampling"). A sample
-- can take a share of each agent's draw from the interactions screening flagged at a risk or above;
-- the sample keeps what it asked, so the draw can be repeated from its seed.
ALTER TABLE samples ADD COLUMN flagged_percent {{real}};
ALTER TABLE samples ADD COLUMN min_risk INTEGER;
