/**
 * Ledger – frontendskript. Vanilla JS, inga beroenden.
 *
 * Moduler: megameny, mobilmeny, språkväxlare, informationsfält, cookie-banner.
 */
( function () {
	'use strict';

	var settings = window.ledgerSettings || {};

	/* ------------------------------------------------------------------
	 * Hjälpfunktioner
	 * ------------------------------------------------------------------ */
	function qsa( selector, root ) {
		return Array.prototype.slice.call( ( root || document ).querySelectorAll( selector ) );
	}

	function readCookie( name ) {
		var match = document.cookie.match( new RegExp( '(?:^|; )' + name + '=([^;]*)' ) );
		return match ? decodeURIComponent( match[ 1 ] ) : null;
	}

	function writeCookie( name, value, days ) {
		var expires = new Date( Date.now() + days * 864e5 ).toUTCString();
		document.cookie = name + '=' + encodeURIComponent( value ) + '; expires=' + expires + '; path=/; SameSite=Lax';
	}

	/* ------------------------------------------------------------------
	 * Megameny: en panel öppen åt gången, Esc och klick utanför stänger.
	 * ------------------------------------------------------------------ */
	var megaToggles = qsa( '.lg-mega__toggle' );

	function closeAllPanels( except ) {
		megaToggles.forEach( function ( toggle ) {
			if ( toggle === except ) {
				return;
			}
			toggle.setAttribute( 'aria-expanded', 'false' );
			toggle.parentNode.classList.remove( 'is-open' );
		} );
	}

	megaToggles.forEach( function ( toggle ) {
		toggle.addEventListener( 'click', function () {
			var open = 'true' === toggle.getAttribute( 'aria-expanded' );
			closeAllPanels( toggle );
			toggle.setAttribute( 'aria-expanded', open ? 'false' : 'true' );
			toggle.parentNode.classList.toggle( 'is-open', ! open );
		} );
	} );

	document.addEventListener( 'keydown', function ( event ) {
		if ( 'Escape' !== event.key ) {
			return;
		}
		var openToggle = document.querySelector( '.lg-mega__toggle[aria-expanded="true"]' );
		closeAllPanels();
		closeDropdowns();
		if ( openToggle ) {
			openToggle.focus();
		}
	} );

	document.addEventListener( 'click', function ( event ) {
		if ( ! event.target.closest( '.lg-mega__item' ) ) {
			closeAllPanels();
		}
		if ( ! event.target.closest( '[data-lg-dropdown]' ) ) {
			closeDropdowns();
		}
	} );

	/* ------------------------------------------------------------------
	 * Mobilmeny
	 * ------------------------------------------------------------------ */
	var menuToggle = document.querySelector( '.lg-header__menu-toggle' );
	var mega = document.getElementById( 'lg-mega' );

	if ( menuToggle && mega ) {
		menuToggle.addEventListener( 'click', function () {
			var open = 'true' === menuToggle.getAttribute( 'aria-expanded' );
			menuToggle.setAttribute( 'aria-expanded', open ? 'false' : 'true' );
			menuToggle.setAttribute( 'aria-label', open ? ( settings.menuOpen || 'Öppna meny' ) : ( settings.menuClose || 'Stäng meny' ) );
			mega.classList.toggle( 'is-open', ! open );
		} );
	}

	/* ------------------------------------------------------------------
	 * Språkväxlare (dropdown)
	 * ------------------------------------------------------------------ */
	function closeDropdowns() {
		qsa( '[data-lg-dropdown]' ).forEach( function ( dropdown ) {
			dropdown.classList.remove( 'is-open' );
			var button = dropdown.querySelector( 'button' );
			if ( button ) {
				button.setAttribute( 'aria-expanded', 'false' );
			}
		} );
	}

	qsa( '[data-lg-dropdown]' ).forEach( function ( dropdown ) {
		var button = dropdown.querySelector( 'button' );
		if ( ! button ) {
			return;
		}
		button.addEventListener( 'click', function () {
			var open = dropdown.classList.contains( 'is-open' );
			closeDropdowns();
			dropdown.classList.toggle( 'is-open', ! open );
			button.setAttribute( 'aria-expanded', open ? 'false' : 'true' );
		} );
	} );

	/* ------------------------------------------------------------------
	 * Informationsfält – kan döljas för sessionen (samma text visas inte igen).
	 * ------------------------------------------------------------------ */
	var alertBar = document.querySelector( '[data-lg-alert]' );
	var alertKey = settings.alertKey || 'lg_alert_dismissed';

	if ( alertBar ) {
		try {
			if ( window.sessionStorage.getItem( alertKey ) ) {
				alertBar.hidden = true;
			}
		} catch ( e ) {}

		var close = alertBar.querySelector( '[data-lg-alert-close]' );
		if ( close ) {
			close.addEventListener( 'click', function () {
				alertBar.hidden = true;
				try {
					window.sessionStorage.setItem( alertKey, '1' );
				} catch ( e ) {}
			} );
		}
	}

	/* ------------------------------------------------------------------
	 * Cookie-banner
	 * ------------------------------------------------------------------ */
	var banner = document.querySelector( '[data-lg-cookie]' );
	var cookieName = settings.cookieName || 'lg_cookie_consent';

	if ( banner ) {
		if ( readCookie( cookieName ) ) {
			banner.hidden = true;
		}

		qsa( '[data-lg-cookie-choice]', banner ).forEach( function ( button ) {
			button.addEventListener( 'click', function () {
				writeCookie( cookieName, button.getAttribute( 'data-lg-cookie-choice' ), 365 );
				banner.hidden = true;
				document.dispatchEvent( new CustomEvent( 'ledger:consent', { detail: button.getAttribute( 'data-lg-cookie-choice' ) } ) );
			} );
		} );

		qsa( '[data-lg-cookie-open]' ).forEach( function ( button ) {
			button.addEventListener( 'click', function () {
				banner.hidden = false;
				var first = banner.querySelector( 'button' );
				if ( first ) {
					first.focus();
				}
			} );
		} );
	}
}() );
