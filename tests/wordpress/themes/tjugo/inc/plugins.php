<?php
/**
 * Markup of the plugins the blog runs, printed by the theme itself:
 * - Jetpack "Dela detta" sharing buttons (sharedaddy) and Jetpack Related
 *   Posts, both appended to the_content on single posts, i.e. INSIDE
 *   div.entry-content, as Jetpack does;
 * - a MailPoet newsletter form (footer widget);
 * - the Cookie Notice banner (wp_footer).
 *
 * @package WordPress
 * @subpackage Tjugo
 */

/**
 * Whether the content being filtered is the main post of a single post view.
 *
 * @return bool
 */
function tjugo_is_main_single_content() {
	if ( is_admin() || is_feed() || ! is_single() || ! in_the_loop() || ! is_main_query() ) {
		return false;
	}
	if ( post_password_required() ) {
		return false;
	}
	return (int) get_the_ID() === (int) get_queried_object_id();
}

/**
 * Jetpack sharing buttons (sharedaddy, "Ikon + text" style).
 *
 * @param WP_Post $post The post.
 * @return string
 */
function tjugo_sharing_markup( $post ) {
	$permalink = get_permalink( $post );
	$title     = wp_strip_all_tags( get_the_title( $post ) );
	$services  = array(
		'facebook' => array( 'Facebook', 'Klicka för att dela på Facebook' ),
		'twitter'  => array( 'Twitter', 'Klicka för att dela på Twitter' ),
		'linkedin' => array( 'LinkedIn', 'Klicka för att dela på LinkedIn' ),
		'email'    => array( 'E-post', 'Klicka för att e-posta en länk till en vän' ),
		'print'    => array( 'Skriv ut', 'Klicka för utskrift' ),
	);

	$items = '';
	foreach ( $services as $slug => $labels ) {
		if ( 'email' === $slug ) {
			$href = 'mailto:?subject=' . rawurlencode( '[Delat inlägg] ' . $title ) . '&body=' . rawurlencode( $permalink ) . '&share=email';
		} elseif ( 'print' === $slug ) {
			$href = add_query_arg( 'share', 'print', $permalink ) . '#print';
		} else {
			$href = add_query_arg( array( 'share' => $slug, 'nb' => 1 ), $permalink );
		}
		$items .= sprintf(
			'<li class="share-%1$s"><a rel="nofollow noopener noreferrer" data-shared="sharing-%1$s-%2$d" class="share-%1$s sd-button share-icon" href="%3$s" target="_blank" title="%4$s" ><span>%5$s</span></a></li>',
			esc_attr( $slug ),
			(int) $post->ID,
			esc_url( $href ),
			esc_attr( $labels[1] ),
			esc_html( $labels[0] )
		);
	}
	$items .= '<li class="share-end"></li>';

	return '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Dela detta:</h3><div class="sd-content"><ul>' . $items . '</ul></div></div></div>';
}

/**
 * Jetpack Related Posts ("Relaterade"), as the block looks once rendered.
 * Only published, public, non-password posts are listed.
 *
 * @param WP_Post $post The post.
 * @return string
 */
function tjugo_related_posts_markup( $post ) {
	$cats = wp_get_post_categories( $post->ID );

	$related = get_posts(
		array(
			'post_type'           => 'post',
			'post_status'         => 'publish',
			'has_password'        => false,
			'posts_per_page'      => 3,
			'post__not_in'        => array( $post->ID ),
			'category__in'        => $cats ? $cats : array( 0 ),
			'ignore_sticky_posts' => true,
			'orderby'             => 'date',
			'order'               => 'DESC',
		)
	);

	if ( count( $related ) < 3 ) {
		$more = get_posts(
			array(
				'post_type'           => 'post',
				'post_status'         => 'publish',
				'has_password'        => false,
				'posts_per_page'      => 3 - count( $related ),
				'post__not_in'        => array_merge( array( $post->ID ), wp_list_pluck( $related, 'ID' ) ),
				'ignore_sticky_posts' => true,
			)
		);
		$related = array_merge( $related, $more );
	}

	if ( ! $related ) {
		return '';
	}

	$items = '';
	foreach ( $related as $position => $rel ) {
		$rel_title = get_the_title( $rel );
		$raw       = $rel->post_excerpt ? $rel->post_excerpt : $rel->post_content;
		if ( function_exists( 'excerpt_remove_blocks' ) ) {
			$raw = excerpt_remove_blocks( $raw );
		}
		$excerpt   = wp_trim_words( wp_strip_all_tags( strip_shortcodes( $raw ) ), 20, '&hellip;' );
		$link      = get_permalink( $rel );
		$link_attr = sprintf(
			'class="jp-relatedposts-post-a" href="%1$s" title="%2$s" rel="nofollow" data-origin="%3$d" data-position="%4$d"',
			esc_url( $link ),
			esc_attr( wp_strip_all_tags( $rel_title ) . "\n\n" . $excerpt ),
			(int) $post->ID,
			(int) $position
		);

		$thumb = '';
		if ( has_post_thumbnail( $rel ) ) {
			$src = get_the_post_thumbnail_url( $rel, 'medium' );
			if ( $src ) {
				$thumb = sprintf(
					'<a %1$s><img class="jp-relatedposts-post-img" loading="lazy" src="%2$s" width="350" alt="%3$s" /></a>',
					$link_attr,
					esc_url( $src ),
					esc_attr( wp_strip_all_tags( $rel_title ) )
				);
			}
		}

		$rel_cats = get_the_category( $rel->ID );
		$context  = $rel_cats ? 'I ”' . esc_html( $rel_cats[0]->name ) . '”' : '';

		$items .= sprintf(
			'<div class="jp-relatedposts-post jp-relatedposts-post%1$d%2$s" data-post-id="%3$d" data-post-format="false">%4$s<h4 class="jp-relatedposts-post-title"><a %5$s>%6$s</a></h4><p class="jp-relatedposts-post-excerpt">%7$s</p><p class="jp-relatedposts-post-date">%8$s</p><p class="jp-relatedposts-post-context">%9$s</p></div>',
			(int) $position,
			$thumb ? ' jp-relatedposts-post-thumbs' : ' jp-relatedposts-post-nothumbs',
			(int) $rel->ID,
			$thumb,
			$link_attr,
			esc_html( wp_strip_all_tags( $rel_title ) ),
			esc_html( html_entity_decode( $excerpt, ENT_QUOTES, 'UTF-8' ) ),
			esc_html( get_the_date( '', $rel ) ),
			$context
		);
	}

	return '<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Relaterade</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">' . $items . '</div></div>';
}

/**
 * Appends sharing buttons (priority 19) and related posts (priority 40) to the content.
 *
 * @param string $content Post content.
 * @return string
 */
function tjugo_content_sharing( $content ) {
	static $busy = false;
	if ( $busy || ! tjugo_is_main_single_content() ) {
		return $content;
	}
	$busy    = true;
	$content = $content . tjugo_sharing_markup( get_post() );
	$busy    = false;
	return $content;
}

add_filter( 'the_content', 'tjugo_content_sharing', 19 );

/**
 * Appends Jetpack Related Posts.
 *
 * @param string $content Post content.
 * @return string
 */
function tjugo_content_related( $content ) {
	static $busy = false;
	if ( $busy || ! tjugo_is_main_single_content() ) {
		return $content;
	}
	// Only on the first page of a split post.
	if ( (int) get_query_var( 'page' ) > 1 ) {
		return $content;
	}
	$busy    = true;
	$content = $content . tjugo_related_posts_markup( get_post() );
	$busy    = false;
	return $content;
}

add_filter( 'the_content', 'tjugo_content_related', 40 );

/**
 * MailPoet newsletter form, as the MailPoet widget prints it.
 */
function tjugo_newsletter_form() {
	$action = admin_url( 'admin-post.php?action=mailpoet_subscription_form' );
	?>
	<div class="mailpoet_form_popup_overlay"></div>
	<div id="mailpoet_form_1" class="mailpoet_form mailpoet_form_widget mailpoet_form_position_ mailpoet_form_animation_">
		<style type="text/css">#mailpoet_form_1 .mailpoet_form { } #mailpoet_form_1 .mailpoet_paragraph { line-height: 20px; margin-bottom: 20px; } #mailpoet_form_1 .mailpoet_text { width: 100%; }</style>
		<form target="_self" method="post" action="<?php echo esc_url( $action ); ?>" class="mailpoet_form mailpoet_form_form mailpoet_form_widget" novalidate data-delay="" data-exit-intent-enabled="" data-font-family="" data-cookie-expiration-time="">
			<input type="hidden" name="data[form_id]" value="1" />
			<input type="hidden" name="token" value="<?php echo esc_attr( substr( md5( home_url( '/' ) ), 0, 10 ) ); ?>" />
			<input type="hidden" name="api_version" value="v1" />
			<input type="hidden" name="endpoint" value="subscribers" />
			<input type="hidden" name="mailpoet_method" value="subscribe" />
			<label class="mailpoet_hp_email_label" style="display: none !important;">Lämna detta fält tomt<input type="email" name="data[email]"/></label>
			<div class="mailpoet_paragraph"><p class="mailpoet_form_paragraph">Få nya inlägg om boende, byggande och förvaltning direkt i inkorgen – ungefär en gång i månaden.</p></div>
			<div class="mailpoet_paragraph"><input type="text" class="mailpoet_text" name="data[form_field_Zmlyc3RfbmFtZQ==]" title="Förnamn" value="" data-automation-id="form_first_name" placeholder="Förnamn" /></div>
			<div class="mailpoet_paragraph"><input type="email" class="mailpoet_text" name="data[form_field_ZW1haWw=]" title="E-post" value="" data-automation-id="form_email" placeholder="E-post *" data-parsley-required="true" data-parsley-minlength="6" data-parsley-maxlength="150" data-parsley-type-message="Detta värde ska vara en giltig e-postadress." data-parsley-required-message="Detta fält är obligatoriskt." /></div>
			<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Prenumerera!" data-automation-id="subscribe-submit-button" style="border-color:transparent;" /><span class="mailpoet_form_loading"><span class="mailpoet_bounce1"></span><span class="mailpoet_bounce2"></span><span class="mailpoet_bounce3"></span></span></div>
			<div class="mailpoet_message">
				<p class="mailpoet_validate_success" style="display:none;">Kolla din inkorg eller skräppostmapp för att bekräfta din prenumeration.</p>
				<p class="mailpoet_validate_error" style="display:none;"></p>
			</div>
		</form>
	</div>
	<?php
}

/**
 * Cookie Notice banner (Cookie Notice & Compliance plugin), printed in wp_footer.
 */
function tjugo_cookie_notice() {
	if ( is_admin() ) {
		return;
	}
	$privacy = get_privacy_policy_url();
	?>

		<!-- Cookie Notice plugin v2.4.2 by Hu-manity.co https://hu-manity.co/ -->
		<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">Vi använder cookies för att ge dig den bästa upplevelsen på vår webbplats. Om du fortsätter att använda den här webbplatsen kommer vi att anta att du godkänner detta.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok" style="background-color: #00a99d">Ok</a><a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="Nej" style="background-color: #00a99d">Nej</a><?php if ( $privacy ) : ?><a href="<?php echo esc_url( $privacy ); ?>" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Integritetspolicy" style="background-color: #00a99d">Integritetspolicy</a><?php endif; ?></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="Nej"></span></div>
			<div class="cookie-revoke-container" style="color: #fff"><span id="cn-revoke-text" class="cn-text-container">Du kan när som helst återkalla ditt samtycke med knappen Återkalla samtycke.</span><span id="cn-revoke-buttons" class="cn-buttons-container"><a href="#" class="cn-revoke-cookie cn-button" aria-label="Återkalla samtycke" style="background-color: #00a99d">Återkalla samtycke</a></span>
			</div>
		</div>
		<!-- / Cookie Notice plugin -->
	<?php
}

add_action( 'wp_footer', 'tjugo_cookie_notice', 1000 );
