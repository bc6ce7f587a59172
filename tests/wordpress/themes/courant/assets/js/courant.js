/**
 * Courant: mobilmeny och paus för nyhetstickern. Inga externa beroenden.
 */
( function () {
	'use strict';

	// Mobilmeny.
	var nav = document.getElementById( 'site-navigation' );
	if ( nav ) {
		var toggle = nav.querySelector( '.menu-toggle' );
		if ( toggle ) {
			toggle.addEventListener( 'click', function () {
				var open = nav.classList.toggle( 'is-open' );
				toggle.setAttribute( 'aria-expanded', open ? 'true' : 'false' );
			} );
		}
	}

	// Pausknapp för tickern (WCAG 2.2.2: rörligt innehåll ska kunna pausas).
	var ticker = document.querySelector( '.news-ticker' );
	if ( ticker ) {
		var button = ticker.querySelector( '.ticker-toggle' );
		var reduce = window.matchMedia && window.matchMedia( '(prefers-reduced-motion: reduce)' ).matches;
		// Starta med rubrikerna synliga i stället för en tom remsa.
		var list = ticker.querySelector( '.ticker-list' );
		var viewport = ticker.querySelector( '.ticker-viewport' );
		if ( list && viewport && ! reduce && list.scrollWidth > 0 ) {
			var duration = parseFloat( window.getComputedStyle( list ).animationDuration ) || 0;
			var share = viewport.clientWidth / list.scrollWidth;
			if ( duration && share > 0 && share < 1 ) {
				list.style.animationDelay = '-' + ( duration * share ).toFixed( 2 ) + 's';
			}
		}

		if ( button && ! reduce ) {
			button.hidden = false;
			button.addEventListener( 'click', function () {
				var paused = ticker.classList.toggle( 'is-paused' );
				button.setAttribute( 'aria-pressed', paused ? 'true' : 'false' );
				button.textContent = paused ? button.getAttribute( 'data-label-play' ) : button.getAttribute( 'data-label-pause' );
			} );
		}
	}
}() );
