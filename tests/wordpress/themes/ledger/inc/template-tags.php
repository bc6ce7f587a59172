<?php
/**
 * Hjälpfunktioner (template tags) för temats mallar.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

/**
 * Byråns datumformat: "12 mars 2024". Samma format överallt på webbplatsen.
 *
 * @return string
 */
function ledger_date_format() {
	return apply_filters( 'ledger_date_format', 'j F Y' );
}

/**
 * Byråns tidsformat enligt Språkrådet: "14.05" (skrivs ut som "kl. 14.05").
 *
 * @return string
 */
function ledger_time_format() {
	return apply_filters( 'ledger_time_format', 'H.i' );
}

/**
 * Är vi någonstans i bloggsektionen (lista, arkiv eller inlägg)?
 *
 * @return bool
 */
function ledger_is_blog_context() {
	return is_home() || is_singular( 'post' ) || is_category() || is_tag() || is_author() || is_date();
}

/**
 * Adressen till VD-bloggen (inläggssidan, eller startsidan om den visar inläggen).
 *
 * @return string
 */
function ledger_blog_url() {
	$page_for_posts = (int) get_option( 'page_for_posts' );
	if ( 'page' === get_option( 'show_on_front' ) && $page_for_posts ) {
		return get_permalink( $page_for_posts );
	}
	return home_url( '/' );
}

/**
 * Bloggens rubrik.
 *
 * @return string
 */
function ledger_blog_title() {
	$page_for_posts = (int) get_option( 'page_for_posts' );
	if ( 'page' === get_option( 'show_on_front' ) && $page_for_posts ) {
		return get_the_title( $page_for_posts );
	}
	return __( 'VD-bloggen', 'ledger' );
}

/**
 * Publiceringsdatum i byråns format.
 *
 * @param string $prefix Text före datumet (t.ex. "Publicerad").
 */
function ledger_posted_on( $prefix = '' ) {
	printf(
		'<span class="lg-date">%1$s%2$s<time class="lg-date__time" datetime="%3$s">%4$s</time></span>',
		ledger_icon( 'calendar', 'lg-date__icon' ), // phpcs:ignore WordPress.Security.EscapeOutput
		$prefix ? '<span class="lg-date__prefix">' . esc_html( $prefix ) . '</span> ' : '',
		esc_attr( get_the_date( DATE_W3C ) ),
		esc_html( get_the_date( ledger_date_format() ) )
	);
}

/**
 * "Ämnen:" – kategorier och etiketter som chips.
 */
function ledger_topics() {
	$categories = get_the_category();
	$tags       = get_the_tags();

	if ( empty( $categories ) && empty( $tags ) ) {
		return;
	}
	?>
	<div class="lg-topics">
		<span class="lg-topics__label"><?php esc_html_e( 'Ämnen:', 'ledger' ); ?></span>
		<ul class="lg-chips">
			<?php foreach ( (array) $categories as $category ) : ?>
				<li class="lg-chips__item">
					<a class="lg-chip lg-chip--category" href="<?php echo esc_url( get_category_link( $category ) ); ?>" rel="category tag"><?php echo esc_html( $category->name ); ?></a>
				</li>
			<?php endforeach; ?>
			<?php foreach ( (array) $tags as $tag ) : ?>
				<?php
				if ( ! $tag instanceof WP_Term ) {
					continue;
				}
				?>
				<li class="lg-chips__item">
					<a class="lg-chip lg-chip--tag" href="<?php echo esc_url( get_tag_link( $tag ) ); ?>" rel="tag"><span aria-hidden="true">#</span><?php echo esc_html( $tag->name ); ?></a>
				</li>
			<?php endforeach; ?>
		</ul>
	</div>
	<?php
}

/**
 * Initialer till platshållare ("Anna Berg" → "AB").
 *
 * @param string $name Namn.
 * @return string
 */
function ledger_initials( $name ) {
	$name  = trim( wp_strip_all_tags( (string) $name ) );
	$parts = preg_split( '/\s+/u', $name );
	$out   = '';

	foreach ( array_slice( (array) $parts, 0, 2 ) as $part ) {
		if ( '' !== $part ) {
			$out .= function_exists( 'mb_substr' ) ? mb_substr( $part, 0, 1 ) : substr( $part, 0, 1 );
		}
	}

	$out = function_exists( 'mb_strtoupper' ) ? mb_strtoupper( $out ) : strtoupper( $out );
	return '' !== $out ? $out : '?';
}

/**
 * Kontaktpersonkort för inläggets författare (visas efter innehållet).
 */
function ledger_contact_card() {
	$author_id = (int) get_the_author_meta( 'ID' );
	if ( ! $author_id ) {
		return;
	}

	$role = get_the_author_meta( 'ledger_role', $author_id );
	if ( '' === trim( (string) $role ) ) {
		$role = ledger_option( 'ledger_author_role' );
	}
	$bio   = get_the_author_meta( 'description', $author_id );
	$phone = ledger_option( 'ledger_phone' );
	?>
	<aside class="lg-contact-card" aria-labelledby="lg-contact-card-title">
		<h2 class="lg-contact-card__heading" id="lg-contact-card-title"><?php esc_html_e( 'Kontaktperson', 'ledger' ); ?></h2>
		<div class="lg-contact-card__inner">
			<div class="lg-contact-card__photo">
				<?php echo ledger_portrait_placeholder(); // phpcs:ignore WordPress.Security.EscapeOutput ?>
			</div>
			<div class="lg-contact-card__body">
				<p class="lg-contact-card__name"><?php the_author(); ?></p>
				<?php if ( $role ) : ?>
					<p class="lg-contact-card__role"><?php echo esc_html( $role ); ?></p>
				<?php endif; ?>
				<?php if ( $bio ) : ?>
					<p class="lg-contact-card__bio"><?php echo esc_html( wp_trim_words( $bio, 40 ) ); ?></p>
				<?php endif; ?>
				<ul class="lg-contact-card__links">
					<?php if ( $phone ) : ?>
						<li>
							<?php echo ledger_icon( 'phone' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
							<?php
							printf(
								/* translators: %s: telefonnummer till växeln. */
								esc_html__( 'Nås via växeln: %s', 'ledger' ),
								'<a href="' . esc_url( ledger_phone_href( $phone ) ) . '">' . esc_html( $phone ) . '</a>'
							);
							?>
						</li>
					<?php endif; ?>
					<li>
						<?php echo ledger_icon( 'arrow-right' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
						<a href="<?php echo esc_url( get_author_posts_url( $author_id ) ); ?>">
							<?php
							printf(
								/* translators: %s: författarens namn. */
								esc_html__( 'Alla inlägg av %s', 'ledger' ),
								esc_html( get_the_author() )
							);
							?>
						</a>
					</li>
				</ul>
			</div>
		</div>
	</aside>
	<?php
}

/**
 * tel:-länk av ett svenskt telefonnummer.
 *
 * @param string $phone Nummer.
 * @return string
 */
function ledger_phone_href( $phone ) {
	return 'tel:' . preg_replace( '/[^0-9+]/', '', (string) $phone );
}

/**
 * Flerradig text från Anpassa → <br>.
 *
 * @param string $text Text.
 * @return string
 */
function ledger_multiline( $text ) {
	return nl2br( esc_html( (string) $text ), false );
}

/**
 * Numrerad paginering för listningar (1 2 3 … Nästa).
 *
 * @param WP_Query|null $query Fråga, standard är huvudfrågan.
 */
function ledger_pagination( $query = null ) {
	global $wp_query;
	$query = $query ? $query : $wp_query;

	if ( (int) $query->max_num_pages < 2 ) {
		return;
	}

	$links = paginate_links(
		array(
			'total'              => (int) $query->max_num_pages,
			'current'            => max( 1, (int) get_query_var( 'paged' ) ),
			'mid_size'           => 2,
			'type'               => 'array',
			'prev_text'          => ledger_icon( 'arrow-left' ) . '<span>' . esc_html__( 'Nyare inlägg', 'ledger' ) . '</span>',
			'next_text'          => '<span>' . esc_html__( 'Äldre inlägg', 'ledger' ) . '</span>' . ledger_icon( 'arrow-right' ),
			'before_page_number' => '<span class="screen-reader-text">' . esc_html__( 'Sida', 'ledger' ) . ' </span>',
		)
	);

	if ( empty( $links ) ) {
		return;
	}
	?>
	<nav class="lg-pagination" aria-label="<?php esc_attr_e( 'Sidnumrering', 'ledger' ); ?>">
		<ul class="lg-pagination__list">
			<?php foreach ( $links as $link ) : ?>
				<li class="lg-pagination__item"><?php echo $link; // phpcs:ignore WordPress.Security.EscapeOutput ?></li>
			<?php endforeach; ?>
		</ul>
	</nav>
	<?php
}

/**
 * Sidbrytning inne i inlägg (<!--nextpage-->).
 */
function ledger_link_pages() {
	wp_link_pages(
		array(
			'before'      => '<nav class="lg-pagelinks" aria-label="' . esc_attr__( 'Inläggets sidor', 'ledger' ) . '"><span class="lg-pagelinks__label">' . esc_html__( 'Sidor:', 'ledger' ) . '</span>',
			'after'       => '</nav>',
			'link_before' => '<span class="lg-pagelinks__page">',
			'link_after'  => '</span>',
		)
	);
}

/**
 * Föregående/nästa inlägg.
 */
function ledger_post_navigation() {
	$prev = get_previous_post_link(
		'%link',
		'<span class="lg-postnav__label">' . ledger_icon( 'arrow-left' ) . esc_html__( 'Föregående inlägg', 'ledger' ) . '</span><span class="lg-postnav__title">%title</span>'
	);
	$next = get_next_post_link(
		'%link',
		'<span class="lg-postnav__label">' . esc_html__( 'Nästa inlägg', 'ledger' ) . ledger_icon( 'arrow-right' ) . '</span><span class="lg-postnav__title">%title</span>'
	);

	if ( ! $prev && ! $next ) {
		return;
	}
	?>
	<nav class="lg-postnav" aria-label="<?php esc_attr_e( 'Fler inlägg i bloggen', 'ledger' ); ?>">
		<div class="lg-postnav__item lg-postnav__item--prev"><?php echo $prev; // phpcs:ignore WordPress.Security.EscapeOutput ?></div>
		<div class="lg-postnav__item lg-postnav__item--next"><?php echo $next; // phpcs:ignore WordPress.Security.EscapeOutput ?></div>
	</nav>
	<?php
}

/**
 * Språkväxlarens språk. Använder Polylang om det finns, annars byråns statiska lista.
 *
 * @return array<int,array<string,mixed>>
 */
function ledger_languages() {
	if ( function_exists( 'pll_the_languages' ) ) {
		$raw = pll_the_languages( array( 'raw' => 1 ) );
		$out = array();
		foreach ( (array) $raw as $lang ) {
			$out[] = array(
				'label'   => $lang['name'],
				'code'    => $lang['slug'],
				'url'     => $lang['url'],
				'current' => ! empty( $lang['current_lang'] ),
			);
		}
		if ( $out ) {
			return $out;
		}
	}

	return apply_filters(
		'ledger_languages',
		array(
			array(
				'label'   => 'Svenska',
				'code'    => 'sv',
				'url'     => home_url( '/' ),
				'current' => true,
			),
			array(
				'label'   => 'English',
				'code'    => 'en',
				'url'     => home_url( '/en/' ),
				'current' => false,
			),
			array(
				'label'   => 'Suomi',
				'code'    => 'fi',
				'url'     => home_url( '/fi/' ),
				'current' => false,
			),
			array(
				'label'   => 'Lättläst',
				'code'    => 'sv',
				'url'     => home_url( '/lattlast/' ),
				'current' => false,
			),
		)
	);
}

/**
 * URL till hero-bilden (utvald bild) för aktuellt inlägg, eller tom sträng.
 *
 * @return string
 */
function ledger_hero_image_url() {
	if ( post_password_required() || ! has_post_thumbnail() ) {
		return '';
	}
	$url = get_the_post_thumbnail_url( null, 'ledger-hero' );
	return $url ? $url : '';
}

/**
 * Rubrik och ingress för listningarnas sidhuvud.
 *
 * @return array{title:string,intro:string,kicker:string}
 */
function ledger_listing_header() {
	$kicker = ledger_blog_title();
	$intro  = '';

	if ( is_search() ) {
		$kicker = __( 'Sök', 'ledger' );
		/* translators: %s: sökord. */
		$title = sprintf( __( 'Sökresultat för ”%s”', 'ledger' ), get_search_query( false ) );
	} elseif ( is_home() ) {
		$kicker = get_bloginfo( 'name' );
		$title  = ledger_blog_title();
		$intro  = ledger_option( 'ledger_blog_intro' );
	} elseif ( is_category() || is_tag() || is_tax() ) {
		// Byråns egna rubriker i stället för kärnans "Kategori: …"-prefix.
		$kicker = is_tag() ? __( 'Inlägg med etiketten', 'ledger' ) : __( 'Inlägg i ämnet', 'ledger' );
		$title  = single_term_title( '', false );
		$intro  = wp_strip_all_tags( term_description() );
	} elseif ( is_author() ) {
		$kicker = __( 'Inlägg av', 'ledger' );
		$title  = get_the_author_meta( 'display_name', (int) get_query_var( 'author' ) );
		$intro  = get_the_author_meta( 'description', (int) get_query_var( 'author' ) );
	} elseif ( is_date() ) {
		$kicker = __( 'Arkiv', 'ledger' );
		if ( is_year() ) {
			$title = get_the_date( 'Y' );
		} elseif ( is_month() ) {
			$title = get_the_date( 'F Y' );
		} else {
			$title = get_the_date( ledger_date_format() );
		}
	} elseif ( is_archive() ) {
		$title = wp_strip_all_tags( get_the_archive_title() );
		$intro = wp_strip_all_tags( get_the_archive_description() );
	} else {
		$title = ledger_blog_title();
	}

	return array(
		'title'  => $title,
		'intro'  => $intro,
		'kicker' => $kicker,
	);
}
