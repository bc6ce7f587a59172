/**
 * Mosaic – enkel "Gilla"-knapp för kommentarer.
 * Räknaren sparas bara lokalt i besökarens webbläsare (localStorage).
 */
( function () {
	'use strict';

	var KEY = 'mosaicLikes';

	function load() {
		try {
			return JSON.parse( window.localStorage.getItem( KEY ) ) || {};
		} catch ( e ) {
			return {};
		}
	}

	function save( data ) {
		try {
			window.localStorage.setItem( KEY, JSON.stringify( data ) );
		} catch ( e ) {}
	}

	function paint( button, liked ) {
		var counter = button.querySelector( 'span' );
		button.classList.toggle( 'is-liked', liked );
		button.setAttribute( 'aria-pressed', liked ? 'true' : 'false' );
		if ( counter ) {
			counter.textContent = liked ? '1' : '0';
		}
	}

	document.addEventListener( 'DOMContentLoaded', function () {
		var liked = load();
		var buttons = document.querySelectorAll( '.ms-like[data-comment]' );

		Array.prototype.forEach.call( buttons, function ( button ) {
			var id = button.getAttribute( 'data-comment' );
			paint( button, !! liked[ id ] );

			button.addEventListener( 'click', function () {
				var state = load();
				if ( state[ id ] ) {
					delete state[ id ];
				} else {
					state[ id ] = 1;
				}
				save( state );
				paint( button, !! state[ id ] );
			} );
		} );
	} );
}() );
