/**
 * A program with nested and clashing function and class names, printed every way Node
 * shows a name. esbuild renames the nested ones (`helper2`) unless told to keep names;
 * tests/unit/names-as-written.test.ts and the runner's browser tests run it.
 */
export const CLASHING_NAMES_PROGRAM = `function helper(): number { return 1; }
class Box {}
function outer(): void {
  function helper(): number { return 2; }
  class Box { size = 1; }
  const arrow = (): number => 3;
  console.log(helper, Box, arrow, [helper], { helper });
  console.log(helper.name, Box.name, new Box());
  try {
    throw new (class Problem extends Error {})('nested');
  } catch (error) {
    console.log((error as Error).constructor.name);
  }
}
outer();
console.log(helper, Box, outer, helper(), new Box());
const anonymous = function () {};
console.log(anonymous, anonymous.name, class {}, (() => 0).name);
`;
