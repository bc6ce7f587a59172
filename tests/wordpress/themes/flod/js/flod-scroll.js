/**
 * Flod – oändlig artikelscroll.
 * Artiklarna är redan renderade på servern; här uppdateras bara adressfältet
 * och dokumenttiteln när läsaren scrollar in i nästa artikel.
 */
( function () {
	'use strict';

	var wrap = document.querySelector( '[data-flod-scroll]' );
	if ( ! wrap || ! ( 'IntersectionObserver' in window ) || ! window.history || ! history.replaceState ) {
		return;
	}

	var items = wrap.querySelectorAll( '.flod-scroll__item' );
	var siteTitle = document.title.split( ' – ' ).slice( 1 ).join( ' – ' );
	var current = null;

	var observer = new IntersectionObserver( function ( entries ) {
		entries.forEach( function ( entry ) {
			if ( ! entry.isIntersecting ) {
				return;
			}
			var el = entry.target;
			if ( el === current ) {
				return;
			}
			current = el;
			var url = el.getAttribute( 'data-url' );
			var title = el.getAttribute( 'data-title' );
			if ( url && url !== window.location.href.split( '#' )[ 0 ] ) {
				history.replaceState( { flod: true }, '', url );
			}
			if ( title ) {
				document.title = siteTitle ? title + ' – ' + siteTitle : title;
			}
		} );
	}, { rootMargin: '-45% 0px -45% 0px' } );

	Array.prototype.forEach.call( items, function ( item ) {
		observer.observe( item );
	} );
}() );
