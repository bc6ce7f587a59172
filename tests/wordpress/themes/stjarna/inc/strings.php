<?php
/**
 * Standardsträngar – motsvarar astra_default_strings(), översatta av byrån.
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'stjarna_default_strings' ) ) :
	/**
	 * Hämta en standardsträng.
	 *
	 * @param string $key  Nyckel.
	 * @param bool   $echo Skriv ut direkt.
	 * @return string|void
	 */
	function stjarna_default_strings( $key, $echo = true ) {

		$defaults = apply_filters(
			'stjarna_default_strings',
			array(
				// Header.
				'string-header-skip-link'                => __( 'Hoppa till innehåll', 'stjarna' ),

				// 404 Page Strings.
				'string-404-sub-title'                   => __( 'Den här sidan verkar inte finnas.', 'stjarna' ),
				'string-404-sub-title-text'              => __( 'Länken hit verkar vara felaktig. Prova gärna att söka?', 'stjarna' ),

				// Search page strings.
				'string-search-nothing-found'            => __( 'Inget hittades', 'stjarna' ),
				'string-search-nothing-found-message'    => __( 'Tyvärr matchade inget dina sökord. Försök igen med några andra ord.', 'stjarna' ),
				'string-full-width-search-message'       => __( 'Börja skriva och tryck enter för att söka', 'stjarna' ),
				'string-full-width-search-placeholder'   => __( 'Sök &hellip;', 'stjarna' ),
				'string-search-input-placeholder'        => __( 'Sök &hellip;', 'stjarna' ),

				// Comment Template Strings.
				'string-comment-reply-link'              => __( 'Svara', 'stjarna' ),
				'string-comment-edit-link'               => __( 'Redigera', 'stjarna' ),
				'string-comment-awaiting-moderation'     => __( 'Din kommentar väntar på granskning.', 'stjarna' ),
				'string-comment-title-reply'             => __( 'Lämna en kommentar', 'stjarna' ),
				'string-comment-cancel-reply-link'       => __( 'Avbryt svar', 'stjarna' ),
				'string-comment-label-submit'            => __( 'Publicera kommentar &raquo;', 'stjarna' ),
				'string-comment-label-message'           => __( 'Skriv här..', 'stjarna' ),
				'string-comment-label-name'              => __( 'Namn*', 'stjarna' ),
				'string-comment-label-email'             => __( 'E-post*', 'stjarna' ),
				'string-comment-label-website'           => __( 'Webbplats', 'stjarna' ),
				'string-comment-closed'                  => __( 'Kommentarer är stängda.', 'stjarna' ),
				'string-comment-navigation-title'        => __( 'Kommentarsnavigering', 'stjarna' ),
				'string-comment-navigation-next'         => __( 'Nyare kommentarer', 'stjarna' ),
				'string-comment-navigation-previous'     => __( 'Äldre kommentarer', 'stjarna' ),

				// Blog Default Strings.
				'string-blog-page-links-before'          => __( 'Sidor:', 'stjarna' ),
				'string-blog-meta-author-by'             => __( 'Av ', 'stjarna' ),
				'string-blog-meta-leave-a-comment'       => __( 'Lämna en kommentar', 'stjarna' ),
				'string-blog-meta-one-comment'           => __( '1 kommentar', 'stjarna' ),
				'string-blog-meta-multiple-comment'      => __( '% kommentarer', 'stjarna' ),
				'string-blog-meta-published'             => __( 'Publicerad', 'stjarna' ),
				'string-blog-meta-updated'               => __( 'Uppdaterad', 'stjarna' ),
				'string-blog-navigation-next'            => __( 'Nästa sida', 'stjarna' ) . ' <span class="ast-right-arrow">&rarr;</span>',
				'string-blog-navigation-previous'        => '<span class="ast-left-arrow">&larr;</span> ' . __( 'Föregående sida', 'stjarna' ),
				'string-next-text'                       => __( 'Nästa', 'stjarna' ),
				'string-previous-text'                   => __( 'Föregående', 'stjarna' ),

				// Single Post Default Strings.
				'string-single-page-links-before'        => __( 'Sidor:', 'stjarna' ),
				/* translators: %s Previous Post Arrow */
				'string-single-navigation-next'          => __( 'Nästa inlägg', 'stjarna' ) . ' <span class="ast-right-arrow">%s</span>',
				/* translators: %s Next Post Arrow */
				'string-single-navigation-previous'      => '<span class="ast-left-arrow">%s</span> ' . __( 'Föregående inlägg', 'stjarna' ),

				// Content None.
				'string-content-nothing-found-message'   => __( 'Det verkar som att vi inte hittar det du letar efter. Kanske kan en sökning hjälpa.', 'stjarna' ),
			)
		);

		$output = isset( $defaults[ $key ] ) ? $defaults[ $key ] : '';

		/**
		 * Print or return
		 */
		if ( $echo ) {
			echo $output; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		} else {
			return $output;
		}
	}
endif;
