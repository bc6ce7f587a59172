<?php
/**
 * Mallfunktioner som ersätter Elementor Pro-widgetarnas dynamiska delar.
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Publiceringsdatum i Post Info-format ("14 september, 2018").
 *
 * @param int|WP_Post|null $post Inlägg.
 * @return string
 */
function forge_get_date( $post = null ) {
	return get_the_date( FORGE_DATE_FORMAT, $post );
}

/**
 * Publiceringstid ("16:40").
 *
 * @param int|WP_Post|null $post Inlägg.
 * @return string
 */
function forge_get_time( $post = null ) {
	return get_the_time( FORGE_TIME_FORMAT, $post );
}

/**
 * Kommentarsantal som text, som Post Info / Posts-widgetens "Comments".
 *
 * @param int|WP_Post|null $post Inlägg.
 * @return string
 */
function forge_comments_text( $post = null ) {
	$count = (int) get_comments_number( $post );

	if ( 0 === $count ) {
		return __( 'Inga kommentarer', 'forge' );
	}
	if ( 1 === $count ) {
		return __( 'En kommentar', 'forge' );
	}

	/* translators: %s: antal kommentarer */
	return sprintf( __( '%s kommentarer', 'forge' ), number_format_i18n( $count ) );
}

/**
 * Sidtitel så som Elementors "Archive Title"-widget räknar ut den.
 *
 * @param bool $include_context Ta med "Kategori:" etc.
 * @return string
 */
function forge_get_page_title( $include_context = true ) {
	$title = '';

	if ( is_singular() ) {
		$title = get_the_title();
	} elseif ( is_search() ) {
		/* translators: %s: sökfras */
		$title = sprintf( __( 'Sökresultat för: &quot;%s&quot;', 'forge' ), get_search_query() );
	} elseif ( is_home() ) {
		$page_for_posts = (int) get_option( 'page_for_posts' );
		$title          = $page_for_posts ? get_the_title( $page_for_posts ) : __( 'Blogg', 'forge' );
	} elseif ( is_archive() ) {
		if ( $include_context ) {
			$title = get_the_archive_title();
		} else {
			add_filter( 'get_the_archive_title_prefix', '__return_empty_string' );
			$title = get_the_archive_title();
			remove_filter( 'get_the_archive_title_prefix', '__return_empty_string' );
		}
	} elseif ( is_404() ) {
		$title = __( 'Sidan kunde inte hittas', 'forge' );
	}

	if ( $include_context && is_paged() ) {
		/* translators: %s: sidnummer */
		$title .= sprintf( __( '&nbsp;&ndash; Sida %s', 'forge' ), number_format_i18n( max( 1, (int) get_query_var( 'paged' ) ) ) );
	}

	return $title;
}

/**
 * Webbplatslogotyp som "Site Logo"-widgeten skriver ut den.
 */
function forge_site_logo() {
	$logo_id = (int) get_theme_mod( 'custom_logo' );

	if ( $logo_id ) {
		$image = wp_get_attachment_image(
			$logo_id,
			'full',
			false,
			array(
				'class' => 'attachment-full size-full wp-image-' . $logo_id,
				'alt'   => get_bloginfo( 'name', 'display' ),
			)
		);
	} else {
		$image = sprintf(
			'<img width="220" height="56" src="%1$s" class="attachment-full size-full" alt="%2$s" />',
			esc_url( FORGE_URI . '/assets/images/logo.svg' ),
			esc_attr( get_bloginfo( 'name', 'display' ) )
		);
	}

	printf(
		'<a href="%1$s">%2$s</a>',
		esc_url( home_url( '/' ) ),
		$image // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	);
}

/**
 * Brödsmulor i samma format som Yoast SEO (Elementor Pros "Breadcrumbs"-widget
 * kräver Yoast; markupen är kopierad därifrån).
 */
function forge_breadcrumbs() {
	$sep   = ' <span class="separator">&raquo;</span> ';
	$crumb = array();

	$crumb[] = '<span><a href="' . esc_url( home_url( '/' ) ) . '">' . esc_html__( 'Hem', 'forge' ) . '</a></span>';

	$last = '';

	if ( is_singular( 'post' ) ) {
		$page_for_posts = (int) get_option( 'page_for_posts' );
		if ( $page_for_posts ) {
			$crumb[] = '<span><a href="' . esc_url( get_permalink( $page_for_posts ) ) . '">' . esc_html( get_the_title( $page_for_posts ) ) . '</a></span>';
		}
		$cats = get_the_category();
		if ( ! empty( $cats ) ) {
			$crumb[] = '<span><a href="' . esc_url( get_category_link( $cats[0] ) ) . '">' . esc_html( $cats[0]->name ) . '</a></span>';
		}
		$last = get_the_title();
	} elseif ( is_page() ) {
		foreach ( array_reverse( get_post_ancestors( get_the_ID() ) ) as $ancestor ) {
			$crumb[] = '<span><a href="' . esc_url( get_permalink( $ancestor ) ) . '">' . esc_html( get_the_title( $ancestor ) ) . '</a></span>';
		}
		$last = get_the_title();
	} elseif ( is_category() || is_tag() ) {
		$last = single_term_title( '', false );
	} elseif ( is_author() ) {
		/* translators: %s: författare */
		$last = sprintf( __( 'Arkiv för %s', 'forge' ), get_the_author_meta( 'display_name', (int) get_query_var( 'author' ) ) );
	} elseif ( is_search() ) {
		/* translators: %s: sökfras */
		$last = sprintf( __( 'Du sökte efter %s', 'forge' ), get_search_query() );
	} elseif ( is_date() ) {
		$last = get_the_archive_title();
	} elseif ( is_home() ) {
		$last = forge_get_page_title( false );
	} elseif ( is_404() ) {
		$last = __( 'Fel 404: Sidan kunde inte hittas', 'forge' );
	}

	if ( is_paged() && ! is_singular() ) {
		/* translators: %s: sidnummer */
		$last .= ' ' . sprintf( __( 'Sida %s', 'forge' ), number_format_i18n( (int) get_query_var( 'paged' ) ) );
	}

	$crumb[] = '<span class="breadcrumb_last" aria-current="page">' . wp_kses_post( $last ) . '</span>';

	echo '<p id="breadcrumbs"><span>' . implode( $sep, $crumb ) . '</span></p>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
}

/**
 * Sidnumrering som Posts/Archive Posts-widgeten ("Siffror + Föregående/Nästa").
 *
 * @param WP_Query|null $query Fråga, standard huvudfrågan.
 */
function forge_posts_pagination( $query = null ) {
	if ( null === $query ) {
		$query = $GLOBALS['wp_query'];
	}

	$total = (int) $query->max_num_pages;
	if ( $total < 2 ) {
		return;
	}

	$current = max( 1, (int) get_query_var( 'paged' ) );

	$links = paginate_links(
		array(
			'type'               => 'array',
			'current'            => $current,
			'total'              => $total,
			'prev_next'          => false,
			'show_all'           => false,
			'before_page_number' => '<span class="elementor-screen-only">' . esc_html__( 'Sida', 'forge' ) . '</span>',
		)
	);

	if ( ! is_array( $links ) ) {
		$links = array();
	}

	$prev_label = '&laquo; ' . esc_html__( 'Föregående', 'forge' );
	$next_label = esc_html__( 'Nästa', 'forge' ) . ' &raquo;';

	if ( $current > 1 ) {
		array_unshift( $links, '<a class="page-numbers prev" href="' . esc_url( get_pagenum_link( $current - 1 ) ) . '">' . $prev_label . '</a>' );
	} else {
		array_unshift( $links, '<span class="page-numbers prev">' . $prev_label . '</span>' );
	}

	if ( $current < $total ) {
		$links[] = '<a class="page-numbers next" href="' . esc_url( get_pagenum_link( $current + 1 ) ) . '">' . $next_label . '</a>';
	} else {
		$links[] = '<span class="page-numbers next">' . $next_label . '</span>';
	}
	?>
	<nav class="elementor-pagination" aria-label="<?php esc_attr_e( 'Sidnumrering', 'forge' ); ?>">
		<?php echo implode( PHP_EOL, $links ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>
	</nav>
	<?php
}

/**
 * Relaterade inlägg (Posts-widgetens fråga "Related", taxonomi: kategori).
 *
 * @param int $post_id Aktuellt inlägg.
 * @param int $count   Antal.
 * @return WP_Query
 */
function forge_related_query( $post_id, $count = 3 ) {
	$cat_ids = wp_get_post_categories( $post_id );

	$args = array(
		'post_type'           => 'post',
		'post_status'         => 'publish',
		'posts_per_page'      => $count,
		'post__not_in'        => array( $post_id ),
		'ignore_sticky_posts' => true,
		'no_found_rows'       => true,
		'orderby'             => 'date',
		'order'               => 'DESC',
	);

	if ( ! empty( $cat_ids ) ) {
		$args['category__in'] = $cat_ids;
	}

	$query = new WP_Query( $args );

	// Fallback: senaste inläggen (Elementor-inställningen "Fallback: Recent Posts").
	if ( ! $query->have_posts() && ! empty( $cat_ids ) ) {
		unset( $args['category__in'] );
		$query = new WP_Query( $args );
	}

	return $query;
}

/**
 * Författarens biografi eller en standardtext.
 *
 * @param int $user_id Användare.
 * @return string
 */
function forge_author_bio( $user_id ) {
	$bio = get_the_author_meta( 'description', $user_id );
	return $bio ? $bio : '';
}
