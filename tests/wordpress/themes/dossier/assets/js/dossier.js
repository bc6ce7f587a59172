/**
 * Dossier – små förbättringar: öppna kommentarerna vid #comment-länkar,
 * kopiera länk och referens.
 */
( function () {
	'use strict';

	function openCommentsForHash() {
		var hash = window.location.hash;
		if ( ! hash || ! /^#(comment-\d+|comments|respond)$/.test( hash ) ) {
			return;
		}
		var details = document.querySelector( '.comments-details' );
		if ( details && ! details.open ) {
			details.open = true;
			var target = document.querySelector( hash );
			if ( target ) {
				target.scrollIntoView();
			}
		}
	}

	function copyText( text, button ) {
		if ( ! navigator.clipboard ) {
			return;
		}
		navigator.clipboard.writeText( text ).then( function () {
			var label = button.textContent;
			button.textContent = 'Kopierat!';
			window.setTimeout( function () {
				button.textContent = label;
			}, 2000 );
		} );
	}

	document.addEventListener( 'click', function ( event ) {
		var button = event.target.closest( '[data-dossier-copy], [data-dossier-copy-from]' );
		if ( ! button ) {
			return;
		}
		if ( button.hasAttribute( 'data-dossier-copy' ) ) {
			copyText( button.getAttribute( 'data-dossier-copy' ), button );
			return;
		}
		var source = document.getElementById( button.getAttribute( 'data-dossier-copy-from' ) );
		if ( source ) {
			copyText( source.textContent.replace( /\s+/g, ' ' ).trim(), button );
		}
	} );

	// Svara-länken ska öppna kommentarsdelen om den är stängd.
	document.addEventListener( 'click', function ( event ) {
		if ( event.target.closest( '.comment-reply-link' ) ) {
			var details = document.querySelector( '.comments-details' );
			if ( details ) {
				details.open = true;
			}
		}
	} );

	window.addEventListener( 'hashchange', openCommentsForHash );
	openCommentsForHash();
}() );
