<?php
/**
 * Hand-written imitations of the markup WordPress.com and Jetpack add to a
 * hosted blog: Open Graph tags, sharing buttons, likes, related posts, the
 * e-mail follow widget, the follow bubble (action bar) and the footer credit.
 *
 * No plugin is needed; nothing here loads anything from another server.
 *
 * @package Hosted
 */

/**
 * A stable, made-up blog ID (WordPress.com prints its own everywhere).
 *
 * @return int
 */
function hosted_blog_id() {
	$id = (int) get_option( 'hosted_wpcom_blog_id', 0 );
	if ( ! $id ) {
		$id = 100000000 + ( absint( crc32( home_url() ) ) % 99999999 );
	}
	return (int) apply_filters( 'hosted_blog_id', $id );
}

/**
 * URL of the page being viewed (used as "source" / redirect in the follow forms).
 *
 * @return string
 */
function hosted_current_url() {
	global $wp;
	if ( is_singular() ) {
		return get_permalink( get_queried_object_id() );
	}
	return home_url( $wp && $wp->request ? trailingslashit( $wp->request ) : '/' );
}

/**
 * Subscriber count shown in the follow widget and bubble.
 *
 * @return int
 */
function hosted_subscriber_count() {
	return (int) apply_filters( 'hosted_subscriber_count', (int) get_option( 'hosted_subscriber_count', 1284 ) );
}

/**
 * Jetpack-style Open Graph tags.
 */
function hosted_open_graph_tags() {
	$tags = array();

	if ( is_singular() ) {
		$post = get_queried_object();
		if ( ! $post instanceof WP_Post ) {
			return;
		}
		if ( post_password_required( $post ) ) {
			$description = __( 'Besök inlägget för mer information.', 'hosted' );
		} elseif ( has_excerpt( $post ) ) {
			$description = wp_strip_all_tags( $post->post_excerpt );
		} else {
			$description = wp_trim_words( excerpt_remove_blocks( strip_shortcodes( $post->post_content ) ), 55, ' …' );
		}
		$tags['og:type']                = 'article';
		$tags['og:title']               = wp_strip_all_tags( get_the_title( $post ) );
		$tags['og:url']                 = get_permalink( $post );
		$tags['og:description']         = $description;
		$tags['article:published_time'] = get_post_time( 'c', true, $post );
		$tags['article:modified_time']  = get_post_modified_time( 'c', true, $post );
		$tags['og:site_name']           = get_bloginfo( 'name' );
		if ( has_post_thumbnail( $post ) ) {
			$tags['og:image'] = get_the_post_thumbnail_url( $post, 'full' );
		}
	} else {
		$tags['og:type']        = 'website';
		$tags['og:title']       = get_bloginfo( 'name' );
		$tags['og:description'] = get_bloginfo( 'description' );
		$tags['og:url']         = home_url( '/' );
		$tags['og:site_name']   = get_bloginfo( 'name' );
	}
	$tags['og:locale'] = get_locale();

	echo "\n<!-- Jetpack Open Graph Tags -->\n";
	foreach ( $tags as $property => $content ) {
		if ( '' === (string) $content ) {
			continue;
		}
		printf( '<meta property="%s" content="%s" />' . "\n", esc_attr( $property ), esc_attr( $content ) );
	}
	if ( is_singular() ) {
		printf( '<meta name="twitter:text:title" content="%s" />' . "\n", esc_attr( $tags['og:title'] ) );
		echo '<meta name="twitter:card" content="summary" />' . "\n";
	}
	echo "\n<!-- End Jetpack Open Graph Tags -->\n";
}
add_action( 'wp_head', 'hosted_open_graph_tags', 30 );

/**
 * Should the post flair (sharing, likes, related posts) be appended here?
 *
 * @return bool
 */
function hosted_show_post_flair() {
	if ( is_admin() || is_feed() || ! is_singular( array( 'post', 'page' ) ) ) {
		return false;
	}
	if ( ! in_the_loop() || ! is_main_query() ) {
		return false;
	}
	if ( get_the_ID() !== get_queried_object_id() ) {
		return false;
	}
	if ( post_password_required() ) {
		return false;
	}
	return true;
}

/**
 * Sharing buttons block ("Dela detta:").
 *
 * @param int $post_id Post ID.
 * @return string
 */
function hosted_sharing_buttons( $post_id ) {
	$permalink = get_permalink( $post_id );
	$services  = array(
		'twitter'  => array( 'X', __( 'Klicka för att dela på X', 'hosted' ) ),
		'facebook' => array( 'Facebook', __( 'Klicka för att dela på Facebook', 'hosted' ) ),
		'linkedin' => array( 'LinkedIn', __( 'Klicka för att dela på LinkedIn', 'hosted' ) ),
		'email'    => array( __( 'E-post', 'hosted' ), __( 'Klicka för att e-posta en länk till en vän', 'hosted' ) ),
		'print'    => array( __( 'Skriv ut', 'hosted' ), __( 'Klicka för utskrift', 'hosted' ) ),
	);

	$items = '';
	foreach ( $services as $service => $labels ) {
		$href = add_query_arg(
			array(
				'share' => $service,
				'nb'    => 1,
			),
			$permalink
		);
		if ( 'print' === $service ) {
			$href = $permalink . '#print';
		}
		$items .= sprintf(
			'<li class="share-%1$s"><a rel="nofollow noopener noreferrer" data-shared="sharing-%1$s-%2$d" class="share-%1$s sd-button share-icon" href="%3$s" target="_blank" title="%4$s" ><span>%5$s</span></a></li>',
			esc_attr( $service ),
			(int) $post_id,
			esc_url( $href ),
			esc_attr( $labels[1] ),
			esc_html( $labels[0] )
		);
	}
	$items .= '<li class="share-end"></li>';

	return '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
		. '<h3 class="sd-title">' . esc_html__( 'Dela detta:', 'hosted' ) . '</h3>'
		. '<div class="sd-content"><ul>' . $items . '</ul></div></div></div>';
}

/**
 * Likes widget placeholder ("Gilla detta:").
 *
 * @param int $post_id Post ID.
 * @return string
 */
function hosted_likes_widget( $post_id ) {
	$blog_id = hosted_blog_id();
	$uniq    = substr( md5( $post_id . '|' . home_url() ), 0, 13 );
	$src     = sprintf(
		'https://widgets.wp.com/likes/?ver=13.1#blog_id=%1$d&post_id=%2$d&origin=%3$s&obj_id=%1$d-%2$d-%4$s',
		$blog_id,
		$post_id,
		wp_parse_url( home_url(), PHP_URL_HOST ),
		$uniq
	);

	return sprintf(
		"<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-%1\$d-%2\$d-%3\$s' data-src='%4\$s' data-name='like-post-frame-%1\$d-%2\$d-%3\$s' data-title='%5\$s'>"
		. '<h3 class="sd-title">%6$s</h3>'
		. "<div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>%7\$s</span></span> <span class='loading'>%8\$s</span></div>"
		. "<span class='sd-text-color'></span><a class='sd-link-color'></a></div>",
		$blog_id,
		(int) $post_id,
		esc_attr( $uniq ),
		esc_attr( $src ),
		esc_attr__( 'Gilla eller reblogga', 'hosted' ),
		esc_html__( 'Gilla detta:', 'hosted' ),
		esc_html__( 'Gilla', 'hosted' ),
		esc_html__( 'Laddar in …', 'hosted' )
	);
}

/**
 * Find three related posts: same categories first, then the latest posts.
 *
 * @param int $post_id Post ID.
 * @return WP_Post[]
 */
function hosted_get_related_posts( $post_id ) {
	$exclude = array( (int) $post_id );
	$related = array();
	$cats    = wp_get_post_categories( $post_id );

	$base = array(
		'post_type'           => 'post',
		'post_status'         => 'publish',
		'has_password'        => false,
		'ignore_sticky_posts' => true,
		'no_found_rows'       => true,
		'suppress_filters'    => true,
	);

	if ( $cats ) {
		$related = get_posts(
			array_merge(
				$base,
				array(
					'category__in'   => $cats,
					'post__not_in'   => $exclude,
					'posts_per_page' => 3,
				)
			)
		);
	}

	if ( count( $related ) < 3 ) {
		$exclude = array_merge( $exclude, wp_list_pluck( $related, 'ID' ) );
		$more    = get_posts(
			array_merge(
				$base,
				array(
					'post__not_in'   => $exclude,
					'posts_per_page' => 3 - count( $related ),
				)
			)
		);
		$related = array_merge( $related, $more );
	}

	return $related;
}

/**
 * Jetpack related posts, rendered on the server.
 *
 * @param int $post_id Post ID.
 * @return string
 */
function hosted_related_posts( $post_id ) {
	$related = hosted_get_related_posts( $post_id );
	if ( ! $related ) {
		return '';
	}

	$items = '';
	foreach ( $related as $i => $rel ) {
		$title = wp_strip_all_tags( get_the_title( $rel ) );
		$url   = get_permalink( $rel );
		$data  = sprintf( 'rel="nofollow" data-origin="%d" data-position="%d"', (int) $post_id, (int) $i );

		$img = '';
		if ( has_post_thumbnail( $rel ) ) {
			$img = sprintf(
				'<a class="jp-relatedposts-post-a" href="%1$s" title="%2$s" %3$s><img loading="lazy" class="jp-relatedposts-post-img" src="%4$s" width="350" alt="%2$s" /></a>',
				esc_url( $url ),
				esc_attr( $title ),
				$data,
				esc_url( get_the_post_thumbnail_url( $rel, 'hosted-related' ) )
			);
		}

		if ( has_excerpt( $rel ) ) {
			$excerpt = wp_trim_words( $rel->post_excerpt, 20, '…' );
		} else {
			$excerpt = wp_trim_words( excerpt_remove_blocks( strip_shortcodes( $rel->post_content ) ), 20, '…' );
		}

		$context = '';
		$cats    = get_the_category( $rel->ID );
		if ( $cats ) {
			/* translators: %s: category name. */
			$context = sprintf( __( 'I ”%s”', 'hosted' ), $cats[0]->name );
		}

		$items .= sprintf(
			'<div class="jp-relatedposts-post jp-relatedposts-post%1$d%2$s" data-post-id="%3$d" data-post-format="false">%4$s'
			. '<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="%5$s" title="%6$s" %7$s>%8$s</a></h4>'
			. '<p class="jp-relatedposts-post-excerpt">%9$s</p>'
			. '<p class="jp-relatedposts-post-date">%10$s</p>'
			. '<p class="jp-relatedposts-post-context">%11$s</p></div>',
			(int) $i,
			$img ? ' jp-relatedposts-post-thumbs' : ' jp-relatedposts-post-nothumbs',
			(int) $rel->ID,
			$img,
			esc_url( $url ),
			esc_attr( $title ),
			$data,
			esc_html( $title ),
			esc_html( $excerpt ),
			esc_html( get_the_date( '', $rel ) ),
			esc_html( $context )
		);
	}

	return "<div id='jp-relatedposts' class='jp-relatedposts' style='display: block;'>"
		. '<h3 class="jp-relatedposts-headline"><em>' . esc_html__( 'Relaterade', 'hosted' ) . '</em></h3>'
		. '<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">' . $items . '</div>'
		. '</div>';
}

/**
 * Append the post flair to the content, the way Jetpack does on WordPress.com.
 *
 * @param string $content Post content.
 * @return string
 */
function hosted_post_flair( $content ) {
	static $running = false;

	if ( $running || ! hosted_show_post_flair() ) {
		return $content;
	}
	$running = true;

	$post_id = get_the_ID();
	$flair   = hosted_sharing_buttons( $post_id ) . hosted_likes_widget( $post_id );
	if ( 'post' === get_post_type( $post_id ) ) {
		$flair .= hosted_related_posts( $post_id );
	}

	$running = false;

	return $content . '<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled">' . $flair . '</div>';
}
add_filter( 'the_content', 'hosted_post_flair', 40 );

/**
 * "Follow blog via e-mail" widget (Jetpack's blog_subscription widget).
 */
class Hosted_Blog_Subscription_Widget extends WP_Widget {

	/**
	 * Constructor.
	 */
	public function __construct() {
		parent::__construct(
			'blog_subscription',
			__( 'Följ bloggen', 'hosted' ),
			array(
				'classname'   => 'widget_blog_subscription jetpack_subscription_widget',
				'description' => __( 'Låt besökare prenumerera på nya inlägg via e-post.', 'hosted' ),
			)
		);
	}

	/**
	 * Front end.
	 *
	 * @param array $args     Widget arguments.
	 * @param array $instance Saved values.
	 */
	public function widget( $args, $instance ) {
		$title = isset( $instance['title'] ) && '' !== $instance['title'] ? $instance['title'] : __( 'Följ bloggen via e-post', 'hosted' );
		$field = 'subscribe-field' . ( isset( $args['widget_id'] ) ? '-' . $args['widget_id'] : '' );

		echo $args['before_widget']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		echo $args['before_title'] . '<label for="' . esc_attr( $field ) . '">' . esc_html( $title ) . '</label>' . $args['after_title']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		?>
		<form action="https://subscribe.wordpress.com" method="post" accept-charset="utf-8" id="subscribe-blog">
			<p><?php esc_html_e( 'Ange din e-postadress för att följa denna blogg och få meddelanden om nya inlägg via e-post.', 'hosted' ); ?></p>
			<p id="subscribe-email">
				<label id="subscribe-field-label" for="<?php echo esc_attr( $field ); ?>" class="screen-reader-text"><?php esc_html_e( 'E-postadress:', 'hosted' ); ?></label>
				<input type="email" name="email" required="required" value="" id="<?php echo esc_attr( $field ); ?>" placeholder="<?php esc_attr_e( 'E-postadress', 'hosted' ); ?>" />
			</p>
			<p id="subscribe-submit">
				<input type="hidden" name="action" value="subscribe" />
				<input type="hidden" name="blog_id" value="<?php echo (int) hosted_blog_id(); ?>" />
				<input type="hidden" name="source" value="<?php echo esc_url( hosted_current_url() ); ?>" />
				<input type="hidden" name="sub-type" value="widget" />
				<input type="hidden" name="redirect_fragment" value="<?php echo esc_attr( isset( $args['widget_id'] ) ? $args['widget_id'] : 'blog_subscription' ); ?>" />
				<?php wp_nonce_field( 'blogsub_subscribe_' . hosted_blog_id(), '_wpnonce', false ); ?>
				<button type="submit" class="wp-block-button__link" name="jetpack_subscriptions_widget"><?php esc_html_e( 'Prenumerera', 'hosted' ); ?></button>
			</p>
		</form>
		<div class="wp-block-jetpack-subscriptions__subscount">
			<?php
			/* translators: %s: number of subscribers. */
			echo esc_html( sprintf( __( 'Gör som %s andra prenumeranter', 'hosted' ), number_format_i18n( hosted_subscriber_count() ) ) );
			?>
		</div>
		<?php
		echo $args['after_widget']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	}

	/**
	 * Back end form.
	 *
	 * @param array $instance Saved values.
	 * @return string
	 */
	public function form( $instance ) {
		$title = isset( $instance['title'] ) ? $instance['title'] : '';
		?>
		<p>
			<label for="<?php echo esc_attr( $this->get_field_id( 'title' ) ); ?>"><?php esc_html_e( 'Rubrik:', 'hosted' ); ?></label>
			<input class="widefat" id="<?php echo esc_attr( $this->get_field_id( 'title' ) ); ?>" name="<?php echo esc_attr( $this->get_field_name( 'title' ) ); ?>" type="text" value="<?php echo esc_attr( $title ); ?>" />
		</p>
		<?php
		return '';
	}

	/**
	 * Sanitize.
	 *
	 * @param array $new_instance New values.
	 * @param array $old_instance Old values.
	 * @return array
	 */
	public function update( $new_instance, $old_instance ) {
		return array( 'title' => sanitize_text_field( $new_instance['title'] ?? '' ) );
	}
}

/**
 * The follow bubble ("action bar") WordPress.com prints at the end of the page.
 */
function hosted_actionbar() {
	if ( is_admin() || is_feed() ) {
		return;
	}
	$blog_id   = hosted_blog_id();
	$name      = get_bloginfo( 'name' );
	$here      = hosted_current_url();
	$shortlink = wp_get_shortlink();
	$follow    = '<svg class="gridicon gridicons-reader-follow" height="20" width="20" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><g><path d="M23 16v2h-3v3h-2v-3h-3v-2h3v-3h2v3h3zM20 2v9h-4v3h-3v4H4c-1.1 0-2-.9-2-2V2h18zM8 13v-1H4v1h4zm3-3H4v1h7v-1zm0-2H4v1h7V8zm7-4H4v2h14V4z"></path></g></svg>';
	$ellipsis  = '<svg class="gridicon gridicons-ellipsis" height="24" width="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><g><path d="M7 12c0 1.104-.896 2-2 2s-2-.896-2-2 .896-2 2-2 2 .896 2 2zm12-2c-1.104 0-2 .896-2 2s.896 2 2 2 2-.896 2-2-.896-2-2-2zm-7 0c-1.104 0-2 .896-2 2s.896 2 2 2 2-.896 2-2-.896-2-2-2z"></path></g></svg>';
	$count     = sprintf(
		/* translators: %s: number of subscribers. */
		__( 'Gör som %s andra prenumeranter', 'hosted' ),
		number_format_i18n( hosted_subscriber_count() )
	);
	?>
	<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-hosted actnbr-has-follow actnbr-has-actions">
		<ul>
			<li class="actnbr-btn actnbr-hidden">
				<a class="actnbr-action actnbr-actn-follow" href="">
					<?php echo $follow; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?><span><?php esc_html_e( 'Prenumerera', 'hosted' ); ?></span>
				</a>
				<div class="actnbr-popover tip tip-top-left actnbr-notice" id="follow-bubble">
					<div class="tip-arrow"></div>
					<div class="tip-inner actnbr-follow-bubble">
						<ul>
							<li class="actnbr-sitename">
								<a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php echo esc_html( $name ); ?></a>
							</li>
							<form method="post" action="https://subscribe.wordpress.com" accept-charset="utf-8" style="display: none;">
								<div class="actnbr-follow-count"><?php echo esc_html( $count ); ?></div>
								<div>
									<input type="email" name="email" placeholder="<?php esc_attr_e( 'Ange din e-postadress', 'hosted' ); ?>" class="actnbr-email-field" aria-label="<?php esc_attr_e( 'Ange din e-postadress', 'hosted' ); ?>" />
								</div>
								<input type="hidden" name="action" value="subscribe" />
								<input type="hidden" name="blog_id" value="<?php echo (int) $blog_id; ?>" />
								<input type="hidden" name="source" value="<?php echo esc_url( $here ); ?>" />
								<input type="hidden" name="sub-type" value="actionbar-follow" />
								<?php wp_nonce_field( 'blogsub_subscribe_' . $blog_id, '_wpnonce', false ); ?>
								<div class="actnbr-button-wrap">
									<button type="submit" value="<?php esc_attr_e( 'Registrera mig', 'hosted' ); ?>"><?php esc_html_e( 'Registrera mig', 'hosted' ); ?></button>
								</div>
							</form>
							<li class="actnbr-login-nudge">
								<div>
									<?php
									printf(
										/* translators: %s: log in URL. */
										wp_kses_post( __( 'Har du redan ett WordPress.com-konto? <a href="%s">Logga in nu.</a>', 'hosted' ) ),
										esc_url( 'https://wordpress.com/log-in?redirect_to=' . rawurlencode( $here ) )
									);
									?>
								</div>
							</li>
						</ul>
					</div>
				</div>
			</li>
			<li class="actnbr-ellipsis actnbr-hidden">
				<?php echo $ellipsis; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>
				<div class="actnbr-popover tip tip-top-left actnbr-more">
					<div class="tip-arrow"></div>
					<div class="tip-inner">
						<ul>
							<li class="actnbr-sitename">
								<a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php echo esc_html( $name ); ?></a>
							</li>
							<li class="actnbr-folded-follow">
								<a class="actnbr-action actnbr-actn-follow" href=""><?php esc_html_e( 'Prenumerera', 'hosted' ); ?></a>
							</li>
							<li class="actnbr-signup"><a href="https://wordpress.com/start/"><?php esc_html_e( 'Registrera', 'hosted' ); ?></a></li>
							<li class="actnbr-login"><a href="<?php echo esc_url( 'https://wordpress.com/log-in?redirect_to=' . rawurlencode( $here ) ); ?>"><?php esc_html_e( 'Logga in', 'hosted' ); ?></a></li>
							<?php if ( $shortlink ) : ?>
							<li class="actnbr-shortlink"><a href="<?php echo esc_url( $shortlink ); ?>"><?php esc_html_e( 'Kopiera kortlänk', 'hosted' ); ?></a></li>
							<?php endif; ?>
							<li class="flb-report"><a href="<?php echo esc_url( 'https://wordpress.com/abuse/?report_url=' . rawurlencode( $here ) ); ?>" target="_blank" rel="noopener noreferrer"><?php esc_html_e( 'Rapportera detta innehåll', 'hosted' ); ?></a></li>
							<li class="actnbr-reader"><a href="<?php echo esc_url( 'https://wordpress.com/read/blogs/' . $blog_id ); ?>"><?php esc_html_e( 'Visa inlägg i Läsaren', 'hosted' ); ?></a></li>
							<li class="actnbr-subs"><a href="https://subscribe.wordpress.com/"><?php esc_html_e( 'Hantera prenumerationer', 'hosted' ); ?></a></li>
							<li class="actnbr-fold"><a href=""><?php esc_html_e( 'Minimera detta fält', 'hosted' ); ?></a></li>
						</ul>
					</div>
				</div>
			</li>
		</ul>
	</div>
	<?php
}
add_action( 'wp_footer', 'hosted_actionbar', 20 );

/**
 * The WordPress.com footer credit.
 */
function hosted_footer_credit() {
	printf(
		'<a href="%1$s" rel="nofollow">%2$s</a>',
		esc_url( 'https://wordpress.com/?ref=footer_blog' ),
		esc_html__( 'Blogga på WordPress.com.', 'hosted' )
	);
}
