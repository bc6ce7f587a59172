<?php
/**
 * Malltaggar för Flod.
 *
 * @package Flod
 */

if ( ! function_exists( 'flod_format_datetime' ) ) :
	/**
	 * Svensk tidningsstil: "7 december 2025 kl. 14.32".
	 *
	 * @param int $timestamp Unix-tid (lokal tid via get_*_time( 'U' )).
	 * @return string
	 */
	function flod_format_datetime( $timestamp ) {
		return sprintf(
			/* translators: 1: datum, 2: klockslag */
			'%1$s kl. %2$s',
			date_i18n( 'j F Y', $timestamp ),
			date_i18n( 'H.i', $timestamp )
		);
	}
endif;

if ( ! function_exists( 'flod_posted_on' ) ) :
	/**
	 * Publiceringsdatum (och ev. uppdateringsdatum) för artikelsidan.
	 */
	function flod_posted_on() {
		$published = get_post_time( 'U', false );
		$modified  = get_post_modified_time( 'U', false );

		printf(
			'<span class="posted-on">Publicerad <time class="entry-date published" datetime="%1$s">%2$s</time></span>',
			esc_attr( get_the_date( DATE_W3C ) ),
			esc_html( flod_format_datetime( $published ) )
		);

		// Nyhetsstil: visa "Uppdaterad" bara om artikeln ändrats minst en minut efter publicering.
		if ( $modified - $published >= MINUTE_IN_SECONDS ) {
			printf(
				' <span class="flod-updated">Uppdaterad <time class="updated" datetime="%1$s">%2$s</time></span>',
				esc_attr( get_the_modified_date( DATE_W3C ) ),
				esc_html( flod_format_datetime( $modified ) )
			);
		}
	}
endif;

if ( ! function_exists( 'flod_byline' ) ) :
	/**
	 * "Av Förnamn Efternamn" med länk till författararkivet.
	 */
	function flod_byline() {
		$author_id = (int) get_post_field( 'post_author', get_the_ID() );
		printf(
			'<span class="byline">Av <span class="author vcard"><a class="url fn n" href="%1$s" rel="author">%2$s</a></span></span>',
			esc_url( get_author_posts_url( $author_id ) ),
			esc_html( get_the_author_meta( 'display_name', $author_id ) )
		);
	}
endif;

if ( ! function_exists( 'flod_reading_time' ) ) :
	/**
	 * Uppskattad lästid.
	 */
	function flod_reading_time() {
		if ( post_password_required() ) {
			return;
		}
		$words   = str_word_count( wp_strip_all_tags( strip_shortcodes( get_post_field( 'post_content', get_the_ID() ) ) ) );
		$minutes = max( 1, (int) ceil( $words / 200 ) );
		printf( '<span class="flod-reading-time">%d min läsning</span>', (int) $minutes );
	}
endif;

if ( ! function_exists( 'flod_kicker' ) ) :
	/**
	 * Vinjett ovanför rubriken: artikelns första kategori.
	 */
	function flod_kicker() {
		$cats = get_the_category();
		if ( empty( $cats ) ) {
			return;
		}
		$cat = $cats[0];
		printf(
			'<a class="flod-kicker" href="%1$s">%2$s</a>',
			esc_url( get_category_link( $cat->term_id ) ),
			esc_html( $cat->name )
		);
	}
endif;

if ( ! function_exists( 'flod_entry_terms' ) ) :
	/**
	 * Kategorier och etiketter under artikeltexten.
	 */
	function flod_entry_terms() {
		if ( 'post' !== get_post_type() ) {
			return;
		}

		$categories = get_the_category_list( ', ' );
		if ( $categories ) {
			printf(
				'<div class="flod-terms flod-categories"><span class="flod-terms__label">Publicerad i</span> %s</div>',
				$categories // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
			);
		}

		$tags = get_the_tag_list( '', ' ' );
		if ( $tags && ! is_wp_error( $tags ) ) {
			printf(
				'<div class="flod-terms flod-tags"><span class="flod-terms__label">Ämnen</span> %s</div>',
				$tags // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
			);
		}
	}
endif;

if ( ! function_exists( 'flod_share_buttons' ) ) :
	/**
	 * Delningsknappar (vanliga länkar, ingen tredjepartskod).
	 */
	function flod_share_buttons() {
		$url   = rawurlencode( get_permalink() );
		$title = rawurlencode( wp_strip_all_tags( get_the_title() ) );

		$buttons = array(
			'facebook' => array( 'Facebook', 'https://www.facebook.com/sharer/sharer.php?u=' . $url ),
			'x'        => array( 'X', 'https://twitter.com/intent/tweet?url=' . $url . '&text=' . $title ),
			'linkedin' => array( 'LinkedIn', 'https://www.linkedin.com/sharing/share-offsite/?url=' . $url ),
			'email'    => array( 'E-post', 'mailto:?subject=' . $title . '&body=' . $url ),
		);

		echo '<div class="flod-share"><span class="flod-share__label">Dela artikeln</span>';
		foreach ( $buttons as $key => $button ) {
			printf(
				'<a class="flod-share__btn flod-share__btn--%1$s" href="%2$s" target="_blank" rel="noopener nofollow">%3$s</a>',
				esc_attr( $key ),
				esc_url( $button[1], array( 'http', 'https', 'mailto' ) ),
				esc_html( $button[0] )
			);
		}
		echo '</div>';
	}
endif;

if ( ! function_exists( 'flod_post_thumbnail' ) ) :
	/**
	 * Utvald bild på artikelsidan, med bildtext om sådan finns.
	 */
	function flod_post_thumbnail() {
		if ( post_password_required() || is_attachment() || ! has_post_thumbnail() ) {
			return;
		}
		$caption = get_the_post_thumbnail_caption();
		echo '<figure class="flod-featured">';
		the_post_thumbnail( 'post-thumbnail' );
		if ( $caption ) {
			echo '<figcaption>' . wp_kses_post( $caption ) . '</figcaption>';
		}
		echo '</figure>';
	}
endif;

if ( ! function_exists( 'flod_card_date' ) ) :
	/**
	 * Datum i listorna: relativt de första 24 timmarna ("för 3 timmar sedan"), sedan "7 dec 2025".
	 */
	function flod_card_date() {
		$published = get_post_time( 'U', true );
		$diff      = time() - $published;

		if ( $diff >= 0 && $diff < DAY_IN_SECONDS ) {
			$label = 'för ' . human_time_diff( $published, time() ) . ' sedan';
		} else {
			$label = get_the_date( 'j M Y' );
		}

		printf(
			'<time class="entry-date published" datetime="%1$s">%2$s</time>',
			esc_attr( get_the_date( DATE_W3C ) ),
			esc_html( $label )
		);
	}
endif;

if ( ! function_exists( 'flod_pagination' ) ) :
	/**
	 * Numrerad paginering för listor.
	 */
	function flod_pagination() {
		the_posts_pagination(
			array(
				'mid_size'           => 2,
				'prev_text'          => '&laquo; Nyare',
				'next_text'          => 'Äldre &raquo;',
				'screen_reader_text' => 'Fler artiklar',
				'aria_label'         => 'Artiklar',
				'class'              => 'pagination flod-pagination',
			)
		);
	}
endif;

if ( ! function_exists( 'flod_menu_fallback' ) ) :
	/**
	 * Om ingen huvudmeny är vald: visa de mest använda kategorierna.
	 */
	function flod_menu_fallback() {
		$cats = get_categories(
			array(
				'orderby'    => 'count',
				'order'      => 'DESC',
				'number'     => 7,
				'hide_empty' => true,
			)
		);
		echo '<ul id="primary-menu" class="menu">';
		echo '<li class="menu-item' . ( is_front_page() ? ' current-menu-item' : '' ) . '"><a href="' . esc_url( home_url( '/' ) ) . '">Start</a></li>';
		foreach ( $cats as $cat ) {
			$current = is_category( $cat->term_id ) ? ' current-menu-item' : '';
			printf(
				'<li class="menu-item%1$s"><a href="%2$s">%3$s</a></li>',
				esc_attr( $current ),
				esc_url( get_category_link( $cat->term_id ) ),
				esc_html( $cat->name )
			);
		}
		echo '</ul>';
	}
endif;
