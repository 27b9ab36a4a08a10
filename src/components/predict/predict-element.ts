/**
 * `<predict-output>`: lets the reader order lines (or pick an output), check the answer
 * and, if they want, see it. The answer comes from the build (the recorded output).
 */
type Answer = readonly string[] | number;

class PredictOutputElement extends HTMLElement {
  #answer: Answer = [];
  #result!: HTMLElement;

  connectedCallback(): void {
    const answerScript = this.querySelector('script[data-answer]');
    this.#answer = JSON.parse(answerScript?.textContent ?? '[]') as Answer;
    this.#result = this.querySelector<HTMLElement>('[data-result]') as HTMLElement;
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (!button || !this.contains(button)) return;
      const move = button.dataset['move'];
      if (move === 'up' || move === 'down') this.#move(button, move);
      else if (button.dataset['action'] === 'check') this.#check();
      else if (button.dataset['action'] === 'reveal') this.#reveal();
    });
    this.addEventListener('change', () => this.#clearVerdicts());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]')) button.disabled = false;
  }

  get #list(): HTMLOListElement | null {
    return this.querySelector('ol[data-lines]');
  }

  #items(): HTMLLIElement[] {
    return [...(this.#list?.children ?? [])] as HTMLLIElement[];
  }

  #move(button: HTMLButtonElement, direction: 'up' | 'down'): void {
    const item = button.closest('li');
    const list = this.#list;
    if (!item || !list) return;
    if (direction === 'up' && item.previousElementSibling) list.insertBefore(item, item.previousElementSibling);
    if (direction === 'down' && item.nextElementSibling) list.insertBefore(item.nextElementSibling, item);
    this.#updateMoveButtons();
    this.#clearVerdicts();
    // Keep the keyboard on the line that moved; at an end, its other button.
    const again = item.querySelector<HTMLButtonElement>(`button[data-move="${direction}"]`);
    const other = item.querySelector<HTMLButtonElement>(`button[data-move="${direction === 'up' ? 'down' : 'up'}"]`);
    (again && !again.disabled ? again : other)?.focus();
    this.#result.textContent = `Moved to position ${this.#items().indexOf(item) + 1} of ${this.#items().length}.`;
  }

  #updateMoveButtons(): void {
    const items = this.#items();
    items.forEach((item, index) => {
      item.querySelector<HTMLButtonElement>('button[data-move="up"]')!.disabled = index === 0;
      item.querySelector<HTMLButtonElement>('button[data-move="down"]')!.disabled = index === items.length - 1;
    });
  }

  #clearVerdicts(): void {
    for (const element of this.querySelectorAll('[data-verdict]')) element.removeAttribute('data-verdict');
    this.#result.textContent = '';
  }

  #check(): void {
    if (typeof this.#answer === 'number') {
      const picked = this.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      if (!picked) {
        this.#say(null, 'Pick the output you expect first.');
        return;
      }
      const right = Number(picked.value) === this.#answer;
      this.#announce(right);
      this.#say(right, right ? 'Right: that is what it prints. Run it below to see it happen.' : 'Not that one. Think again, or show the answer.');
      return;
    }
    const answer = this.#answer;
    const items = this.#items();
    let inPlace = 0;
    items.forEach((item, index) => {
      const right = item.dataset['line'] === answer[index];
      if (right) inPlace++;
      item.dataset['verdict'] = right ? 'right' : 'wrong';
    });
    const all = inPlace === items.length;
    this.#announce(all);
    this.#say(
      all,
      all
        ? 'Right: that is the order it prints. Run it below to see it happen.'
        : `Not yet: ${inPlace} of ${items.length} lines are in the right place. Try again, or show the answer.`,
    );
  }

  /** Tells the page (progress tracking) about an answer; only the reader's first one counts there. */
  #announce(right: boolean): void {
    const file = this.dataset['predict'] ?? '';
    this.dispatchEvent(new CustomEvent('awaitable:prediction-checked', { bubbles: true, detail: { file, right } }));
  }

  #reveal(): void {
    // Showing the answer before any check counts as not having predicted it.
    this.#announce(false);
    if (typeof this.#answer === 'number') {
      const input = this.querySelector<HTMLInputElement>(`input[type="radio"][value="${this.#answer}"]`);
      if (input) {
        input.checked = true;
        input.closest('label')?.setAttribute('data-verdict', 'right');
      }
    } else {
      const list = this.#list;
      const byLine = new Map(this.#items().map((item) => [item.dataset['line'], item]));
      for (const line of this.#answer) {
        const item = byLine.get(line);
        if (item && list) {
          list.append(item);
          item.dataset['verdict'] = 'right';
        }
      }
      this.#updateMoveButtons();
    }
    this.#say(true, 'This is what the program prints. Run it below to see it happen, then read on for why.');
  }

  #say(right: boolean | null, text: string): void {
    if (right === null) this.#result.removeAttribute('data-verdict');
    else this.#result.dataset['verdict'] = right ? 'right' : 'wrong';
    this.#result.textContent = text;
  }
}

if (!customElements.get('predict-output')) customElements.define('predict-output', PredictOutputElement);
