<?php
/**
 * Brödsmulor: "Start / Blogg / …". Byråns egen lösning (inget SEO-tillägg krävs),
 * med schema.org-mikrodata.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

/**
 * Bygg listan av brödsmulor för aktuell vy.
 *
 * @return array<int,array{label:string,url:string}>
 */
function ledger_get_breadcrumbs() {
	$crumbs   = array();
	$crumbs[] = array(
		'label' => __( 'Start', 'ledger' ),
		'url'   => home_url( '/' ),
	);

	$blog = array(
		'label' => __( 'Blogg', 'ledger' ),
		'url'   => ledger_blog_url(),
	);

	if ( is_front_page() && ! is_home() ) {
		return array();
	}

	if ( is_home() ) {
		$crumbs[] = array(
			'label' => $blog['label'],
			'url'   => is_paged() ? $blog['url'] : '',
		);
	} elseif ( is_singular( 'post' ) ) {
		$crumbs[] = $blog;
		$crumbs[] = array(
			'label' => wp_trim_words( get_the_title(), 10 ),
			'url'   => '',
		);
	} elseif ( is_page() ) {
		$ancestors = array_reverse( get_post_ancestors( get_the_ID() ) );
		foreach ( $ancestors as $ancestor_id ) {
			$crumbs[] = array(
				'label' => get_the_title( $ancestor_id ),
				'url'   => get_permalink( $ancestor_id ),
			);
		}
		$crumbs[] = array(
			'label' => get_the_title(),
			'url'   => '',
		);
	} elseif ( is_singular() ) {
		$crumbs[] = array(
			'label' => get_the_title(),
			'url'   => '',
		);
	} elseif ( is_category() || is_tag() || is_tax() ) {
		$crumbs[] = $blog;
		$crumbs[] = array(
			/* translators: %s: ämnets namn. */
			'label' => sprintf( __( 'Ämne: %s', 'ledger' ), single_term_title( '', false ) ),
			'url'   => is_paged() ? get_term_link( get_queried_object() ) : '',
		);
	} elseif ( is_author() ) {
		$crumbs[] = $blog;
		$crumbs[] = array(
			/* translators: %s: författarens namn. */
			'label' => sprintf( __( 'Inlägg av %s', 'ledger' ), get_the_author_meta( 'display_name', (int) get_query_var( 'author' ) ) ),
			'url'   => '',
		);
	} elseif ( is_date() ) {
		$crumbs[] = $blog;
		if ( is_year() ) {
			$label = get_the_date( 'Y' );
		} elseif ( is_month() ) {
			$label = get_the_date( 'F Y' );
		} else {
			$label = get_the_date( ledger_date_format() );
		}
		$crumbs[] = array(
			/* translators: %s: datum eller period. */
			'label' => sprintf( __( 'Arkiv: %s', 'ledger' ), $label ),
			'url'   => '',
		);
	} elseif ( is_search() ) {
		$crumbs[] = array(
			/* translators: %s: sökord. */
			'label' => sprintf( __( 'Sök: ”%s”', 'ledger' ), get_search_query( false ) ),
			'url'   => '',
		);
	} elseif ( is_404() ) {
		$crumbs[] = array(
			'label' => __( 'Sidan hittades inte', 'ledger' ),
			'url'   => '',
		);
	} elseif ( is_archive() ) {
		$crumbs[] = array(
			'label' => wp_strip_all_tags( get_the_archive_title() ),
			'url'   => '',
		);
	}

	if ( is_paged() ) {
		$crumbs[] = array(
			/* translators: %s: sidnummer. */
			'label' => sprintf( __( 'Sida %s', 'ledger' ), number_format_i18n( (int) get_query_var( 'paged' ) ) ),
			'url'   => '',
		);
	}

	return apply_filters( 'ledger_breadcrumbs', $crumbs );
}

/**
 * Skriv ut brödsmulorna.
 */
function ledger_breadcrumbs() {
	$crumbs = ledger_get_breadcrumbs();
	if ( count( $crumbs ) < 2 ) {
		return;
	}
	$last = count( $crumbs ) - 1;
	?>
	<nav class="lg-breadcrumbs" aria-label="<?php esc_attr_e( 'Du är här', 'ledger' ); ?>">
		<div class="lg-container">
			<ol class="lg-breadcrumbs__list" itemscope itemtype="https://schema.org/BreadcrumbList">
				<?php foreach ( $crumbs as $i => $crumb ) : ?>
					<li class="lg-breadcrumbs__item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
						<?php if ( $i > 0 ) : ?>
							<span class="lg-breadcrumbs__sep" aria-hidden="true">/</span>
						<?php endif; ?>
						<?php if ( $crumb['url'] && $i !== $last ) : ?>
							<a class="lg-breadcrumbs__link" href="<?php echo esc_url( $crumb['url'] ); ?>" itemprop="item"><span itemprop="name"><?php echo esc_html( $crumb['label'] ); ?></span></a>
						<?php else : ?>
							<span class="lg-breadcrumbs__current" itemprop="name" <?php echo $i === $last ? 'aria-current="page"' : ''; ?>><?php echo esc_html( $crumb['label'] ); ?></span>
						<?php endif; ?>
						<meta itemprop="position" content="<?php echo esc_attr( $i + 1 ); ?>" />
					</li>
				<?php endforeach; ?>
			</ol>
		</div>
	</nav>
	<?php
}
