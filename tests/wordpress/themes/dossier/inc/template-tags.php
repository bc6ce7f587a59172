<?php
/**
 * Mallfunktioner för Dossier.
 *
 * @package Dossier
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Svenska månadsnamn. Vi skriver dem själva så att datumen blir svenska
 * även när sajten saknar språkfiler.
 *
 * @return string[]
 */
function dossier_month_names() {
	return array(
		1  => 'januari',
		2  => 'februari',
		3  => 'mars',
		4  => 'april',
		5  => 'maj',
		6  => 'juni',
		7  => 'juli',
		8  => 'augusti',
		9  => 'september',
		10 => 'oktober',
		11 => 'november',
		12 => 'december',
	);
}

/**
 * "7 december 2024" eller "7 december 2024 kl. 14.05".
 *
 * @param DateTimeInterface $datetime  Datum i sajtens tidszon.
 * @param bool              $with_time Ta med klockslag.
 * @return string
 */
function dossier_format_datetime( $datetime, $with_time = false ) {
	if ( ! $datetime instanceof DateTimeInterface ) {
		return '';
	}

	$months = dossier_month_names();
	$out    = $datetime->format( 'j' ) . ' ' . $months[ (int) $datetime->format( 'n' ) ] . ' ' . $datetime->format( 'Y' );

	if ( $with_time ) {
		/* translators: %s: klockslag */
		$out .= ' ' . sprintf( __( 'kl. %s', 'dossier' ), $datetime->format( 'H.i' ) );
	}

	return $out;
}

/**
 * Publiceringsdatum för ett inlägg som DateTimeImmutable.
 *
 * @param int|WP_Post|null $post  Inlägg.
 * @param string           $field 'date' eller 'modified'.
 * @return DateTimeImmutable|false
 */
function dossier_post_datetime( $post = null, $field = 'date' ) {
	return get_post_datetime( $post, $field, 'local' );
}

/**
 * Skriver ut <time> för publiceringsdatum.
 *
 * @param string $class Extra klass.
 */
function dossier_posted_on( $class = '' ) {
	$date = dossier_post_datetime();
	if ( ! $date ) {
		return;
	}

	printf(
		'<time class="%1$s" datetime="%2$s">%3$s</time>',
		esc_attr( trim( 'entry-date published ' . $class ) ),
		esc_attr( get_the_date( DATE_W3C ) ),
		esc_html( dossier_format_datetime( $date ) )
	);
}

/**
 * Har inlägget uppdaterats mer än ett dygn efter publicering?
 *
 * @return bool
 */
function dossier_was_updated() {
	return ( (int) get_the_modified_time( 'U' ) - (int) get_the_time( 'U' ) ) > DAY_IN_SECONDS;
}

/**
 * Ungefärlig lästid i minuter (200 ord i minuten).
 *
 * @param int|WP_Post|null $post Inlägg.
 * @return int
 */
function dossier_reading_time( $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return 0;
	}

	$text  = wp_strip_all_tags( strip_shortcodes( $post->post_content ) );
	$text  = trim( preg_replace( '/\(\(|\)\)/', ' ', $text ) );
	$words = '' === $text ? 0 : count( preg_split( '/\s+/u', $text ) );

	return max( 1, (int) ceil( $words / 200 ) );
}

/**
 * Lästid som text: "6 min".
 *
 * @param int|WP_Post|null $post Inlägg.
 * @return string
 */
function dossier_reading_time_label( $post = null ) {
	/* translators: %s: antal minuter */
	return sprintf( __( '%s min', 'dossier' ), number_format_i18n( dossier_reading_time( $post ) ) );
}

/**
 * Första kategorin – används som "kicker" ovanför rubriken.
 *
 * @return WP_Term|null
 */
function dossier_primary_category() {
	$categories = get_the_category();
	if ( empty( $categories ) ) {
		return null;
	}
	return $categories[0];
}

/**
 * Skriver ut kickern (första kategorin som länk).
 *
 * @param string $class CSS-klass för <p>.
 */
function dossier_kicker( $class = 'entry-kicker' ) {
	$category = dossier_primary_category();
	if ( ! $category ) {
		return;
	}
	printf(
		'<p class="%1$s"><a href="%2$s">%3$s</a></p>',
		esc_attr( $class ),
		esc_url( get_category_link( $category ) ),
		esc_html( $category->name )
	);
}

/**
 * Författarnamn i citeringsformat: "Efternamn, Förnamn", annars visningsnamnet.
 *
 * @param int $user_id Användare.
 * @return string
 */
function dossier_cite_author_name( $user_id ) {
	$first = trim( (string) get_the_author_meta( 'first_name', $user_id ) );
	$last  = trim( (string) get_the_author_meta( 'last_name', $user_id ) );

	if ( '' !== $first && '' !== $last ) {
		return $last . ', ' . $first;
	}

	return get_the_author_meta( 'display_name', $user_id );
}

/**
 * Delningslänkar för aktuellt inlägg.
 */
function dossier_share_links() {
	$url   = get_permalink();
	$title = wp_strip_all_tags( get_the_title() );

	$links = array(
		'facebook' => array(
			'label' => 'Facebook',
			'title' => __( 'Dela på Facebook', 'dossier' ),
			'href'  => 'https://www.facebook.com/sharer/sharer.php?u=' . rawurlencode( $url ),
		),
		'x'        => array(
			'label' => 'X',
			'title' => __( 'Dela på X', 'dossier' ),
			'href'  => 'https://twitter.com/intent/tweet?url=' . rawurlencode( $url ) . '&text=' . rawurlencode( $title ),
		),
		'linkedin' => array(
			'label' => 'LinkedIn',
			'title' => __( 'Dela på LinkedIn', 'dossier' ),
			'href'  => 'https://www.linkedin.com/sharing/share-offsite/?url=' . rawurlencode( $url ),
		),
		'email'    => array(
			'label' => __( 'E-post', 'dossier' ),
			'title' => __( 'Skicka med e-post', 'dossier' ),
			'href'  => 'mailto:?subject=' . rawurlencode( $title ) . '&body=' . rawurlencode( $url ),
		),
	);
	?>
	<div class="share">
		<p class="share__title"><?php esc_html_e( 'Dela artikeln', 'dossier' ); ?></p>
		<ul class="share__list">
			<?php foreach ( $links as $key => $link ) : ?>
				<li class="share__item share__item--<?php echo esc_attr( $key ); ?>">
					<a class="share-link share-link--<?php echo esc_attr( $key ); ?>" href="<?php echo esc_url( $link['href'] ); ?>" title="<?php echo esc_attr( $link['title'] ); ?>"<?php echo 'email' === $key ? '' : ' target="_blank" rel="noopener noreferrer"'; ?>><?php echo esc_html( $link['label'] ); ?></a>
				</li>
			<?php endforeach; ?>
			<li class="share__item share__item--copy">
				<button type="button" class="share-link share-link--copy" data-dossier-copy="<?php echo esc_url( $url ); ?>"><?php esc_html_e( 'Kopiera länk', 'dossier' ); ?></button>
			</li>
		</ul>
	</div>
	<?php
}

/**
 * Numrerad sidnavigering för listor.
 */
function dossier_pagination() {
	global $wp_query;

	$total = (int) $wp_query->max_num_pages;
	if ( $total < 2 ) {
		return;
	}

	$current = max( 1, (int) get_query_var( 'paged' ) );

	$links = paginate_links(
		array(
			'total'     => $total,
			'current'   => $current,
			'mid_size'  => 1,
			'end_size'  => 1,
			'prev_text' => __( '← Nyare', 'dossier' ),
			'next_text' => __( 'Äldre →', 'dossier' ),
			'type'      => 'list',
		)
	);

	if ( ! $links ) {
		return;
	}
	?>
	<nav class="pagination" aria-label="<?php esc_attr_e( 'Sidnumrering', 'dossier' ); ?>">
		<p class="pagination__status">
			<?php
			/* translators: 1: aktuell sida, 2: antal sidor */
			printf( esc_html__( 'Sida %1$s av %2$s', 'dossier' ), esc_html( number_format_i18n( $current ) ), esc_html( number_format_i18n( $total ) ) );
			?>
		</p>
		<?php echo $links; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>
	</nav>
	<?php
}

/**
 * Rubrik för arkivsidor: array( prefix, titel ).
 *
 * @return array{0:string,1:string}
 */
function dossier_archive_heading() {
	$months = dossier_month_names();

	if ( is_category() ) {
		return array( __( 'Kategori', 'dossier' ), single_cat_title( '', false ) );
	}
	if ( is_tag() ) {
		return array( __( 'Nyckelord', 'dossier' ), single_tag_title( '', false ) );
	}
	if ( is_author() ) {
		return array( __( 'Skribent', 'dossier' ), get_the_author_meta( 'display_name', (int) get_queried_object_id() ) );
	}
	if ( is_day() ) {
		return array( __( 'Arkiv', 'dossier' ), (int) get_query_var( 'day' ) . ' ' . $months[ (int) get_query_var( 'monthnum' ) ] . ' ' . get_query_var( 'year' ) );
	}
	if ( is_month() ) {
		return array( __( 'Arkiv', 'dossier' ), $months[ (int) get_query_var( 'monthnum' ) ] . ' ' . get_query_var( 'year' ) );
	}
	if ( is_year() ) {
		return array( __( 'Arkiv', 'dossier' ), (string) get_query_var( 'year' ) );
	}
	if ( is_tax() ) {
		$tax = get_taxonomy( get_queried_object()->taxonomy );
		return array( $tax ? $tax->labels->singular_name : '', single_term_title( '', false ) );
	}
	if ( is_post_type_archive() ) {
		return array( __( 'Arkiv', 'dossier' ), post_type_archive_title( '', false ) );
	}

	return array( '', __( 'Arkiv', 'dossier' ) );
}

/**
 * Kan utvald bild visas?
 *
 * @return bool
 */
function dossier_can_show_thumbnail() {
	return ! post_password_required() && ! is_attachment() && has_post_thumbnail();
}
