<?php
/**
 * Mallfunktioner.
 *
 * @package Tidning
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Unikt block-ID i tagDiv-stil: td_uid_{n}_{uniqid}.
 *
 * @return string
 */
function tidning_block_uid() {
	static $counter = 0;
	$counter++;
	return 'td_uid_' . $counter . '_' . uniqid();
}

/**
 * Datum för moduler och artikelhuvud.
 * datetime skrivs som date(DATE_W3C, get_the_time('U')), dvs. i UTC, precis som ramverket gör.
 *
 * @param int|WP_Post|null $post Inlägg.
 * @return string
 */
function tidning_get_date_html( $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return '';
	}
	$timestamp = (int) get_post_timestamp( $post );
	return '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="' . esc_attr( gmdate( DATE_W3C, $timestamp ) ) . '" >' . esc_html( get_the_time( get_option( 'date_format' ), $post ) ) . '</time></span>';
}

/**
 * Kategorietiketter i artikelhuvudet.
 */
function tidning_post_categories() {
	$categories = get_the_category();
	if ( empty( $categories ) ) {
		return;
	}
	echo '<ul class="td-category">';
	foreach ( $categories as $category ) {
		echo '<li class="entry-category"><a  href="' . esc_url( get_category_link( $category ) ) . '">' . esc_html( $category->name ) . '</a></li>';
	}
	echo '</ul>';
}

/**
 * Metarad i artikelhuvudet: författare, datum, kommentarer, visningar.
 */
function tidning_post_meta() {
	$post_id = get_the_ID();
	?>
	<div class="td-module-meta-info">
		<div class="td-post-author-name"><div class="td-author-by"><?php esc_html_e( 'Av', 'tidning' ); ?></div> <a href="<?php echo esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ); ?>"><?php the_author(); ?></a><div class="td-author-line"> - </div> </div>
		<?php echo tidning_get_date_html(); // phpcs:ignore WordPress.Security.EscapeOutput ?>
		<div class="td-post-comments"><a href="<?php echo esc_url( get_comments_link() ); ?>"><i class="td-icon-comments"></i><?php echo (int) get_comments_number(); ?></a></div>
		<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-<?php echo (int) $post_id; ?>"><?php echo esc_html( number_format_i18n( tidning_get_views( $post_id ) ) ); ?></span></div>
	</div>
	<?php
}

/**
 * Utvald bild med bildtext.
 */
function tidning_featured_image() {
	if ( ! has_post_thumbnail() ) {
		return;
	}
	$thumb_id = get_post_thumbnail_id();
	$full     = wp_get_attachment_image_src( $thumb_id, 'full' );
	$caption  = wp_get_attachment_caption( $thumb_id );
	$title    = get_the_title( $thumb_id );

	echo '<div class="td-post-featured-image">';
	echo '<figure>';
	echo '<a href="' . esc_url( $full ? $full[0] : '' ) . '" data-caption="' . esc_attr( $caption ) . '">';
	the_post_thumbnail( 'td_696x0', array(
		'class' => 'entry-thumb td-modal-image',
		'title' => $title,
	) );
	echo '</a>';
	if ( $caption ) {
		echo '<figcaption class="wp-caption-text">' . esc_html( $caption ) . '</figcaption>';
	}
	echo '</figure>';
	echo '</div>';
}

/**
 * Delningsknappar (överst och nederst i artikeln).
 *
 * @param string $position top|bottom.
 */
function tidning_share_buttons( $position = 'top' ) {
	$url       = rawurlencode( get_permalink() );
	$title     = rawurlencode( html_entity_decode( wp_strip_all_tags( get_the_title() ), ENT_QUOTES, 'UTF-8' ) );
	$block_id  = 'td_social_sharing_article_' . $position;
	$networks  = array(
		'facebook' => array( 'Facebook', 'https://www.facebook.com/sharer.php?u=' . $url ),
		'twitter'  => array( 'Twitter', 'https://twitter.com/intent/tweet?text=' . $title . '&url=' . $url . '&via=' . rawurlencode( get_bloginfo( 'name' ) ) ),
		'linkedin' => array( 'Linkedin', 'https://www.linkedin.com/shareArticle?mini=true&url=' . $url . '&title=' . $title ),
		'whatsapp' => array( 'WhatsApp', 'https://api.whatsapp.com/send?text=' . $title . '%20%0A%0A%20' . $url ),
		'mail'     => array( 'E-post', 'mailto:?subject=' . $title . '&body=' . $url ),
		'print'    => array( 'Skriv ut', '#' ),
	);
	?>
	<div class="td-post-sharing-<?php echo esc_attr( $position ); ?>"><div id="<?php echo esc_attr( $block_id ); ?>" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 ">
		<div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text">
			<div class="td-social-but-icon"><i class="td-icon-share"></i></div>
			<div class="td-social-but-text"><?php esc_html_e( 'Dela', 'tidning' ); ?></div>
		</div><?php foreach ( $networks as $key => $network ) : ?><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-<?php echo esc_attr( $key ); ?>" href="<?php echo esc_attr( $network[1] ); ?>" title="<?php echo esc_attr( $network[0] ); ?>" ><div class="td-social-but-icon"><i class="td-icon-<?php echo esc_attr( $key ); ?>"></i></div><div class="td-social-but-text"><?php echo esc_html( $network[0] ); ?></div></a><?php endforeach; ?></div><div class="td-social-sharing-hidden"><ul class="td-pulldown-filter-list"></ul><a class="td-social-sharing-button td-social-handler td-social-expand-tabs" href="#" data-block-uid="<?php echo esc_attr( $block_id ); ?>" title="<?php esc_attr_e( 'Mer', 'tidning' ); ?>">
			<div class="td-social-but-icon"><i class="td-icon-plus td-social-expand-tabs-icon"></i></div>
		</a></div></div></div>
	<?php
}

/**
 * Annonsplats.
 *
 * @param string $spot Annonsplatsens ID (header, content_top, content_inline, content_bottom, sidebar).
 * @return string
 */
function tidning_get_ad( $spot ) {
	if ( ! get_theme_mod( 'tidning_show_ads', true ) ) {
		return '';
	}
	$sizes = array(
		'header'         => array( 728, 90 ),
		'content_inline' => array( 300, 250 ),
		'content_bottom' => array( 468, 60 ),
		'sidebar'        => array( 300, 250 ),
	);
	$size = isset( $sizes[ $spot ] ) ? $sizes[ $spot ] : array( 300, 250 );
	$img  = TIDNING_URI . '/images/rec-' . $size[0] . 'x' . $size[1] . '.svg';

	$out  = '<div class="td-a-rec td-a-rec-id-' . esc_attr( $spot ) . '  td_uid_' . wp_rand( 10, 99 ) . '_rand td_block_template_1">';
	$out .= '<span class="td-adspot-title">- Annons -</span>';
	$out .= '<div class="td-all-devices"><a href="' . esc_url( home_url( '/annonsera/' ) ) . '" rel="nofollow"><img src="' . esc_url( $img ) . '" width="' . (int) $size[0] . '" height="' . (int) $size[1] . '" alt="' . esc_attr__( 'Annons', 'tidning' ) . '"/></a></div>';
	$out .= '</div>';
	return $out;
}

/**
 * Nyhetsbrevsruta.
 */
function tidning_newsletter_box() {
	$status = isset( $_GET['nyhetsbrev'] ) ? sanitize_key( wp_unslash( $_GET['nyhetsbrev'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification
	?>
	<div class="td-newsletter-box td_block_wrap tdn_block_newsletter_subscribe" id="td-newsletter">
		<div class="tdn-title"><?php esc_html_e( 'Prenumerera på vårt nyhetsbrev', 'tidning' ); ?></div>
		<div class="tdn-descr"><?php esc_html_e( 'Få dagens viktigaste nyheter direkt i din inkorg varje morgon. Helt gratis.', 'tidning' ); ?></div>
		<?php if ( 'tack' === $status ) : ?>
			<div class="tdn-success"><?php esc_html_e( 'Tack! Du är nu anmäld till nyhetsbrevet.', 'tidning' ); ?></div>
		<?php elseif ( 'fel' === $status ) : ?>
			<div class="tdn-error"><?php esc_html_e( 'Ange en giltig e-postadress.', 'tidning' ); ?></div>
		<?php endif; ?>
		<form class="tdn-form" method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
			<input type="hidden" name="action" value="tidning_newsletter" />
			<?php wp_nonce_field( 'tidning_newsletter', 'tdn_nonce', false ); ?>
			<input class="tdn-email" type="email" name="tdn_email" placeholder="<?php esc_attr_e( 'Din e-postadress', 'tidning' ); ?>" required />
			<button class="tdn-submit" type="submit"><?php esc_html_e( 'Prenumerera', 'tidning' ); ?></button>
		</form>
		<div class="tdn-disclaimer"><?php esc_html_e( 'Vi behandlar dina personuppgifter enligt vår integritetspolicy. Du kan avsluta prenumerationen när som helst.', 'tidning' ); ?></div>
	</div>
	<?php
}

/**
 * Källa och taggar i artikelfoten.
 */
function tidning_source_tags() {
	$tags       = get_the_tags();
	$source     = get_post_meta( get_the_ID(), 'td_source', true );
	$source_url = get_post_meta( get_the_ID(), 'td_source_url', true );

	if ( empty( $tags ) && empty( $source ) ) {
		return;
	}
	echo '<div class="td-post-source-tags">';
	if ( $source ) {
		echo '<div class="td-post-source-via"><ul class="td-source td-post-small-box clearfix"><li><span>' . esc_html__( 'KÄLLA', 'tidning' ) . '</span></li><li>';
		if ( $source_url ) {
			echo '<a rel="nofollow" href="' . esc_url( $source_url ) . '">' . esc_html( $source ) . '</a>';
		} else {
			echo esc_html( $source );
		}
		echo '</li></ul></div>';
	}
	if ( $tags ) {
		echo '<ul class="td-tags td-post-small-box clearfix"><li><span>' . esc_html__( 'TAGGAR', 'tidning' ) . '</span></li>';
		foreach ( $tags as $tag ) {
			echo '<li><a href="' . esc_url( get_tag_link( $tag ) ) . '">' . esc_html( $tag->name ) . '</a></li>';
		}
		echo '</ul>';
	}
	echo '</div>';
}

/**
 * Föregående/Nästa artikel.
 */
function tidning_next_prev() {
	$prev = get_previous_post();
	$next = get_next_post();
	if ( ! $prev && ! $next ) {
		return;
	}
	echo '<div class="td-block-row td-post-next-prev">';
	echo '<div class="td-block-span6 td-post-prev-post">';
	if ( $prev ) {
		echo '<div class="td-post-next-prev-content"><span>' . esc_html__( 'Föregående artikel', 'tidning' ) . '</span><a href="' . esc_url( get_permalink( $prev ) ) . '">' . esc_html( wp_strip_all_tags( get_the_title( $prev ) ) ) . '</a></div>';
	}
	echo '</div>';
	echo '<div class="td-next-prev-separator"></div>';
	echo '<div class="td-block-span6 td-post-next-post">';
	if ( $next ) {
		echo '<div class="td-post-next-prev-content"><span>' . esc_html__( 'Nästa artikel', 'tidning' ) . '</span><a href="' . esc_url( get_permalink( $next ) ) . '">' . esc_html( wp_strip_all_tags( get_the_title( $next ) ) ) . '</a></div>';
	}
	echo '</div>';
	echo '</div>';
}

/**
 * Författarruta.
 *
 * @param int  $author_id Användar-ID.
 * @param bool $counters  Visa antal inlägg/kommentarer (författarsidan).
 */
function tidning_author_box( $author_id, $counters = false ) {
	$url  = get_author_posts_url( $author_id );
	$site = get_the_author_meta( 'user_url', $author_id );
	?>
	<div class="author-box-wrap<?php echo $counters ? ' td-author-page' : ''; ?>">
		<a href="<?php echo esc_url( $url ); ?>"><?php echo get_avatar( $author_id, 96 ); ?></a>
		<div class="desc">
			<div class="td-author-name vcard author"><span class="fn"><a href="<?php echo esc_url( $url ); ?>"><?php echo esc_html( get_the_author_meta( 'display_name', $author_id ) ); ?></a></span></div>
			<?php if ( $counters ) : ?>
				<div class="td-author-counters">
					<span class="td-author-post-count"><?php echo esc_html( sprintf( /* translators: %s: antal */ __( '%s INLÄGG', 'tidning' ), number_format_i18n( count_user_posts( $author_id, 'post', true ) ) ) ); ?></span>
					<span class="td-author-comments-count"><?php echo esc_html( sprintf( /* translators: %s: antal */ __( '%s KOMMENTARER', 'tidning' ), number_format_i18n( get_comments( array( 'user_id' => $author_id, 'count' => true, 'status' => 'approve' ) ) ) ) ); ?></span>
				</div>
			<?php endif; ?>
			<?php if ( $site ) : ?>
				<div class="td-author-url"><a href="<?php echo esc_url( $site ); ?>"><?php echo esc_html( $site ); ?></a></div>
			<?php endif; ?>
			<div class="td-author-description"><?php echo wp_kses_post( get_the_author_meta( 'description', $author_id ) ); ?></div>
			<div class="td-author-social"></div>
			<div class="clearfix"></div>
		</div>
	</div>
	<?php
}

/**
 * Sidnumrering i tagDiv-stil (page-nav), baserad på wp-pagenavi.
 *
 * @param WP_Query|null $query Fråga.
 */
function tidning_page_nav( $query = null ) {
	if ( null === $query ) {
		$query = $GLOBALS['wp_query'];
	}
	$max = (int) $query->max_num_pages;
	if ( $max < 2 ) {
		return;
	}
	$paged = max( 1, (int) get_query_var( 'paged' ) );
	$range = 3;
	$start = max( 1, $paged - 1 );
	$end   = min( $max, $start + $range - 1 );
	$start = max( 1, min( $start, $end - $range + 1 ) );

	echo '<div class="page-nav td-pb-padding-side">';
	if ( $paged > 1 ) {
		echo '<a href="' . esc_url( get_pagenum_link( $paged - 1 ) ) . '" aria-label="prev-page" ><i class="td-icon-menu-left"></i></a>';
	}
	if ( $start > 1 ) {
		echo '<a href="' . esc_url( get_pagenum_link( 1 ) ) . '" class="first" title="1">1</a>';
		if ( $start > 2 ) {
			echo '<span class="extend">...</span>';
		}
	}
	for ( $i = $start; $i <= $end; $i++ ) {
		if ( $i === $paged ) {
			echo '<span class="current">' . (int) $i . '</span>';
		} else {
			echo '<a href="' . esc_url( get_pagenum_link( $i ) ) . '" class="page" title="' . (int) $i . '">' . (int) $i . '</a>';
		}
	}
	if ( $end < $max ) {
		if ( $end < $max - 1 ) {
			echo '<span class="extend">...</span>';
		}
		echo '<a href="' . esc_url( get_pagenum_link( $max ) ) . '" class="last" title="' . (int) $max . '">' . (int) $max . '</a>';
	}
	if ( $paged < $max ) {
		echo '<a href="' . esc_url( get_pagenum_link( $paged + 1 ) ) . '"  aria-label="next-page" ><i class="td-icon-menu-right"></i></a>';
	}
	/* translators: 1: aktuell sida, 2: antal sidor */
	echo '<span class="pages">' . esc_html( sprintf( __( 'Sida %1$d av %2$d', 'tidning' ), $paged, $max ) ) . '</span>';
	echo '<div class="clearfix"></div>';
	echo '</div>';
}

/**
 * Logotyp (bild eller text). H1 på startsidan, annars div.
 */
function tidning_logo() {
	$tag = ( ( is_front_page() || is_home() ) && ! is_paged() ) ? 'h1' : 'div';
	echo '<' . $tag . ' class="td-logo">'; // phpcs:ignore WordPress.Security.EscapeOutput
	if ( has_custom_logo() ) {
		$logo_id = (int) get_theme_mod( 'custom_logo' );
		echo '<a class="td-main-logo" href="' . esc_url( home_url( '/' ) ) . '">';
		echo wp_get_attachment_image( $logo_id, 'full', false, array( 'class' => 'td-retina-data', 'alt' => get_bloginfo( 'name' ) ) );
		echo '<span class="td-visual-hidden">' . esc_html( get_bloginfo( 'name' ) ) . '</span>';
		echo '</a>';
	} else {
		echo '<div class="td-logo-text-wrap"><span class="td-logo-text-container"><a class="td-logo-wrap" href="' . esc_url( home_url( '/' ) ) . '">';
		echo '<span class="td-logo-text">' . esc_html( get_bloginfo( 'name' ) ) . '</span>';
		echo '<span class="td-tagline-text">' . esc_html( get_bloginfo( 'description' ) ) . '</span>';
		echo '</a></span></div>';
	}
	echo '</' . $tag . '>'; // phpcs:ignore WordPress.Security.EscapeOutput
}

/**
 * Väder i toppfältet. Värdet läses från cachen (td_weather_cache) som uppdateras
 * av en schemalagd uppgift; sidan hämtar aldrig något externt vid visning.
 */
function tidning_top_weather() {
	$city  = get_theme_mod( 'tidning_weather_city', 'Stockholm' );
	$cache = get_option( 'td_weather_cache' );
	$temp  = ( is_array( $cache ) && isset( $cache['temp'] ) ) ? $cache['temp'] : '7';
	$icon  = ( is_array( $cache ) && isset( $cache['icon'] ) ) ? $cache['icon'] : 'broken-clouds-d';
	?>
	<div class="td-weather-top-widget" id="td_top_weather_uid">
		<i class="td-icons <?php echo esc_attr( $icon ); ?>"></i>
		<div class="td-weather-now" data-block-uid="td_top_weather_uid">
			<span class="td-big-degrees"><?php echo esc_html( $temp ); ?></span>
			<span class="td-weather-unit">C</span>
		</div>
		<div class="td-weather-header">
			<div class="td-weather-city"><?php echo esc_html( $city ); ?></div>
		</div>
	</div>
	<?php
}
