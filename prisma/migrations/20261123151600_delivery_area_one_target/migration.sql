-- A delivery area names exactly one of a municipality, a wellbeing area or a region.
-- (Prisma's schema language has no CHECK constraints; this one is kept by hand.)
ALTER TABLE "delivery_area" ADD CONSTRAINT "delivery_area_one_target_check"
  CHECK (num_nonnulls("municipality_code", "wellbeing_area_code", "region_code") = 1);
