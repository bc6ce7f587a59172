/**
 * Forge frontend – ersätter de delar av Elementor Pros frontend-JS som
 * mallarna behöver: mobilmeny, delningsknappar och cookie-bannern.
 * Ingenting här behövs för att läsa innehållet.
 */
( function () {
	'use strict';

	var config = window.ForgeFrontendConfig || {};

	/* ---------- Nav Menu: burger-toggle ---------- */
	function initMenuToggles() {
		var toggles = document.querySelectorAll( '.elementor-menu-toggle' );

		Array.prototype.forEach.call( toggles, function ( toggle ) {
			var dropdown = toggle.nextElementSibling;

			function setState( open ) {
				toggle.classList.toggle( 'elementor-active', open );
				toggle.setAttribute( 'aria-expanded', open ? 'true' : 'false' );
				if ( dropdown && dropdown.classList.contains( 'elementor-nav-menu--dropdown' ) ) {
					dropdown.setAttribute( 'aria-hidden', open ? 'false' : 'true' );
					Array.prototype.forEach.call( dropdown.querySelectorAll( 'a' ), function ( link ) {
						link.setAttribute( 'tabindex', open ? '0' : '-1' );
					} );
				}
			}

			toggle.addEventListener( 'click', function () {
				setState( ! toggle.classList.contains( 'elementor-active' ) );
			} );
			toggle.addEventListener( 'keydown', function ( event ) {
				if ( 'Enter' === event.key || ' ' === event.key ) {
					event.preventDefault();
					setState( ! toggle.classList.contains( 'elementor-active' ) );
				}
			} );
		} );
	}

	/* ---------- Share Buttons ---------- */
	var shareNetworks = {
		facebook: 'https://www.facebook.com/sharer.php?u={url}',
		twitter: 'https://x.com/intent/tweet?text={title}%20{url}',
		linkedin: 'https://www.linkedin.com/shareArticle?mini=true&url={url}&title={title}',
		email: 'mailto:?subject={title}&body={url}'
	};

	function initShareButtons() {
		var post = config.post || { url: window.location.href, title: document.title };
		var buttons = document.querySelectorAll( '.elementor-share-btn' );

		Array.prototype.forEach.call( buttons, function ( button ) {
			var match = button.className.match( /elementor-share-btn_(\w+)/ );
			var network = match ? match[ 1 ] : '';

			if ( ! shareNetworks[ network ] ) {
				return;
			}

			function share() {
				var link = shareNetworks[ network ]
					.replace( '{url}', encodeURIComponent( post.url ) )
					.replace( '{title}', encodeURIComponent( post.title ) );

				if ( 'email' === network ) {
					window.location.href = link;
				} else {
					window.open( link, '', 'width=640,height=480,resizable=yes' );
				}
			}

			button.addEventListener( 'click', share );
			button.addEventListener( 'keydown', function ( event ) {
				if ( 'Enter' === event.key ) {
					share();
				}
			} );
		} );
	}

	/* ---------- Cookie Notice ---------- */
	function getCookie( name ) {
		var parts = ( '; ' + document.cookie ).split( '; ' + name + '=' );
		return 2 === parts.length ? parts.pop().split( ';' ).shift() : null;
	}

	function initCookieNotice() {
		var notice = document.getElementById( 'cookie-notice' );
		var settings = config.cookieNotice || { name: 'cookie_notice_accepted', expiry: 2592000, secure: 0 };

		if ( ! notice ) {
			return;
		}

		function setCookie( value ) {
			var date = new Date();
			date.setTime( date.getTime() + settings.expiry * 1000 );
			document.cookie = settings.name + '=' + value + ';expires=' + date.toUTCString() + ';path=/' + ( settings.secure ? ';secure' : '' ) + ';SameSite=Lax';
		}

		function hide() {
			notice.classList.add( 'cookie-notice-hidden' );
			notice.classList.remove( 'cookie-notice-visible' );
		}

		function show() {
			notice.classList.remove( 'cookie-notice-hidden' );
			notice.classList.add( 'cookie-notice-visible' );
		}

		if ( null === getCookie( settings.name ) ) {
			show();
		}

		Array.prototype.forEach.call( notice.querySelectorAll( '[data-cookie-set]' ), function ( el ) {
			el.addEventListener( 'click', function ( event ) {
				event.preventDefault();
				setCookie( 'accept' === el.getAttribute( 'data-cookie-set' ) ? 'true' : 'false' );
				hide();
			} );
		} );

		Array.prototype.forEach.call( document.querySelectorAll( '.cn-revoke-cookie' ), function ( el ) {
			el.addEventListener( 'click', function ( event ) {
				event.preventDefault();
				show();
			} );
		} );
	}

	function ready( fn ) {
		if ( 'loading' !== document.readyState ) {
			fn();
		} else {
			document.addEventListener( 'DOMContentLoaded', fn );
		}
	}

	ready( function () {
		initMenuToggles();
		initShareButtons();
		initCookieNotice();
	} );
}() );
