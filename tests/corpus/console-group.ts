// console.group indents everything logged until groupEnd, nested groups indent further, multi-line values too.
console.log('top level');
console.group('Group A');
console.log('inside A');
console.group();
console.log('inside an unlabelled group');
console.error('errors are indented too');
console.groupEnd();
console.group('Group %s', 'B (formatted label)');
console.log({ multi: 'line', object: { with: ['enough', 'content', 'to', 'wrap'], and: 'more', keys: 'here to exceed the width' } });
console.log('line one\nline two');
console.groupEnd();
console.groupCollapsed('collapsed group prints like a group');
console.warn('warn inside collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd(); // extra groupEnd is harmless
console.log('back at top level');
