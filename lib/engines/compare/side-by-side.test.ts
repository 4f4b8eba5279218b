import { describe, expect, it } from "vitest";
import { engineForPreset, isEngineSlug, presetHref, presetsFor } from "./catalog";
import { DEFAULT_SIDE_BY_SIDE, sideBySideFromSearchParams, sideBySideToSearchParams } from "./side-by-side";

describe("side-by-side parameters", () => {
  it("round-trips through the URL", () => {
    const params = { ...DEFAULT_SIDE_BY_SIDE, strategies: ["eb-immutable", "ecs-rolling"] as const };
    const parsed = sideBySideFromSearchParams(
      sideBySideToSearchParams({ ...params, strategies: [...params.strategies] }),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.params.strategies).toEqual(["eb-immutable", "ecs-rolling"]);
  });

  it("explains bad input and falls back to the defaults", () => {
    const parsed = sideBySideFromSearchParams(new URLSearchParams("strategies=eb-rolling,nope&fleet=abc&failure=fire"));
    expect(parsed.problems).toHaveLength(4);
    expect(parsed.params).toEqual(DEFAULT_SIDE_BY_SIDE);
  });

  it("rejects a fleet the engine would not accept", () => {
    const parsed = sideBySideFromSearchParams(new URLSearchParams("fleet=500"));
    expect(parsed.problems[0]).toMatch(/Fleet size/);
    expect(parsed.params.fleet.instanceCount).toBe(8);
  });
});

describe("catalog", () => {
  it("maps every preset to a simulator slug", () => {
    expect(engineForPreset("eb-immutable")).toBe("elastic-beanstalk");
    expect(engineForPreset("ecs-placement")).toBe("ecs-placement");
    expect(presetHref("codedeploy-lambda-linear")).toBe("/simulate/codedeploy-lambda?preset=codedeploy-lambda-linear");
    expect(presetsFor("elastic-beanstalk")).toHaveLength(6);
    expect(isEngineSlug("codedeploy-ecs")).toBe(true);
    expect(isEngineSlug("kubernetes")).toBe(false);
  });
});
