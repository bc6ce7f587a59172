/* Kommun – megameny, Lyssna, kakbanner, dela. Ingen extern kod. */
(function () {
	'use strict';

	// Megameny.
	document.querySelectorAll('.megameny__knapp').forEach(function (knapp) {
		knapp.addEventListener('click', function () {
			var objekt = knapp.closest('.megameny__objekt');
			var oppen = knapp.getAttribute('aria-expanded') === 'true';
			document.querySelectorAll('.megameny__objekt.is-open').forEach(function (o) {
				o.classList.remove('is-open');
				o.querySelector('.megameny__knapp').setAttribute('aria-expanded', 'false');
			});
			if (!oppen) {
				objekt.classList.add('is-open');
				knapp.setAttribute('aria-expanded', 'true');
			}
		});
	});
	document.addEventListener('keydown', function (e) {
		if (e.key === 'Escape') {
			document.querySelectorAll('.megameny__objekt.is-open').forEach(function (o) {
				o.classList.remove('is-open');
				var k = o.querySelector('.megameny__knapp');
				k.setAttribute('aria-expanded', 'false');
				k.focus();
			});
		}
	});

	// Lyssna (talsyntes i webbläsaren, ersätter ReadSpeaker).
	var lyssna = document.querySelector('.lyssna-knapp');
	if (lyssna) {
		if (!('speechSynthesis' in window)) {
			lyssna.hidden = true;
		} else {
			lyssna.addEventListener('click', function () {
				if (window.speechSynthesis.speaking) {
					window.speechSynthesis.cancel();
					lyssna.setAttribute('aria-pressed', 'false');
					lyssna.querySelector('.lyssna-knapp__text').textContent = 'Lyssna';
					return;
				}
				var mal = document.querySelector(lyssna.getAttribute('data-lyssna'));
				if (!mal) { return; }
				var klon = mal.cloneNode(true);
				klon.querySelectorAll('.rs_skip, form, script').forEach(function (n) { n.remove(); });
				var tal = new SpeechSynthesisUtterance(klon.textContent.replace(/\s+/g, ' ').trim());
				tal.lang = 'sv-SE';
				tal.onend = function () {
					lyssna.setAttribute('aria-pressed', 'false');
					lyssna.querySelector('.lyssna-knapp__text').textContent = 'Lyssna';
				};
				window.speechSynthesis.speak(tal);
				lyssna.setAttribute('aria-pressed', 'true');
				lyssna.querySelector('.lyssna-knapp__text').textContent = 'Sluta lyssna';
			});
		}
	}

	// Sidfeedback: visa fritextfält vid "Nej".
	var nej = document.querySelector('.sidfeedback .knapp--nej');
	var mer = document.querySelector('.sidfeedback__mer');
	if (nej && mer) {
		nej.addEventListener('click', function (e) {
			if (mer.hidden) {
				e.preventDefault();
				mer.hidden = false;
				nej.closest('form').querySelector('.knapp--ja').hidden = true;
				document.getElementById('sidfeedback-kommentar').focus();
			}
		});
	}

	// Kopiera länk.
	document.querySelectorAll('[data-kopiera]').forEach(function (k) {
		k.addEventListener('click', function () {
			if (navigator.clipboard) {
				navigator.clipboard.writeText(k.getAttribute('data-kopiera'));
				k.textContent = 'Länken är kopierad';
			}
		});
	});

	// Kakbanner.
	var banner = document.getElementById('kakbanner');
	if (banner && document.cookie.indexOf('kommun_kakor=ok') === -1) {
		banner.hidden = false;
		banner.querySelector('[data-kakor]').addEventListener('click', function () {
			document.cookie = 'kommun_kakor=ok; path=/; max-age=31536000; SameSite=Lax';
			banner.hidden = true;
		});
	}
})();
